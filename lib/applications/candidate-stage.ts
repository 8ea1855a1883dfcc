import type { StageKind } from '@/lib/domain/job-enums';

// What a candidate reads about their application: plain words per stage kind (stage names
// are the hiring team's own and may say more than a candidate should see).
export interface CandidateStatus {
  label: string;
  description: string;
}

const BY_KIND: Record<StageKind, CandidateStatus> = {
  applied: { label: 'Received', description: 'We have your application. The hiring team will review it soon.' },
  screening: { label: 'In review', description: 'The hiring team is reviewing your application.' },
  interview: { label: 'Interviewing', description: 'You are in the interview stage. The team will contact you about next steps.' },
  offer: { label: 'Offer', description: 'We would like to make you an offer. The team will be in touch with the details.' },
  hired: { label: 'Hired', description: 'Congratulations, and welcome to the team!' },
  rejected: { label: 'Not moving forward', description: 'We have decided not to move forward with your application. Thank you for your interest.' },
};

const WITHDRAWN: CandidateStatus = { label: 'Withdrawn', description: 'You withdrew this application. The hiring team has been told.' };

export function candidateStatus(kind: StageKind, withdrawn: boolean): CandidateStatus {
  return withdrawn ? WITHDRAWN : BY_KIND[kind];
}
