import type { EmailTemplateOption } from '@/components/dashboard/email-template-select';
import type { RejectionReasonChoice } from '@/components/dashboard/rejection-reason-select';
import { StageMoveForm } from '@/components/dashboard/stage-move-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { StageKind } from '@/lib/domain/job-enums';

export interface StageCardProps {
  applicationId: number;
  stage: { id: number; name: string; kind: StageKind };
  stages: Array<{ id: number; name: string; kind: StageKind }>;
  emailTemplates?: EmailTemplateOption[];
  rejectionReasons?: RejectionReasonChoice[];
}

export function StageCard({ applicationId, stage, stages, emailTemplates, rejectionReasons }: StageCardProps) {
  return (
    <Card aria-labelledby="stage-heading">
      <CardHeader>
        <CardTitle id="stage-heading">Stage</CardTitle>
        <p className="text-sm text-gray-700">
          Currently in <strong className="font-medium text-gray-900">{stage.name}</strong>
        </p>
      </CardHeader>
      <CardContent>
        <StageMoveForm applicationId={applicationId} currentStageId={stage.id} stages={stages} emailTemplates={emailTemplates} rejectionReasons={rejectionReasons} />
      </CardContent>
    </Card>
  );
}
