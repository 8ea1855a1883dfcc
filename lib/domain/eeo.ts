// Voluntary self-identification (US): the questions and answers in the wording of the official
// forms — EEO-1 race/ethnicity categories and definitions, the VEVRAA protected-veteran
// invitation, and OFCCP Form CC-305 for disability. Pure: imported by the schema, the form and
// the admin report alike. The stored value is the code; the words are only ever shown.

export const EEO_GENDERS = ['male', 'female', 'decline'] as const;
export const EEO_RACES = [
  'hispanic_latino',
  'white',
  'black',
  'native_hawaiian_pacific_islander',
  'asian',
  'american_indian_alaska_native',
  'two_or_more',
  'decline',
] as const;
export const EEO_VETERAN_STATUSES = ['protected', 'not_protected', 'decline'] as const;
export const EEO_DISABILITY_STATUSES = ['yes', 'no', 'decline'] as const;

export type EeoGender = (typeof EEO_GENDERS)[number];
export type EeoRace = (typeof EEO_RACES)[number];
export type EeoVeteranStatus = (typeof EEO_VETERAN_STATUSES)[number];
export type EeoDisabilityStatus = (typeof EEO_DISABILITY_STATUSES)[number];

export const EEO_QUESTIONS = ['gender', 'race', 'veteran', 'disability'] as const;
export type EeoQuestion = (typeof EEO_QUESTIONS)[number];

export interface EeoOption {
  value: string;
  label: string;
  /** The official definition shown under the choice, where the form gives one. */
  description?: string;
}

const DECLINE = "I don't wish to answer";

export const EEO_OPTIONS: Record<EeoQuestion, readonly EeoOption[]> = {
  gender: [
    { value: 'male', label: 'Male' },
    { value: 'female', label: 'Female' },
    { value: 'decline', label: DECLINE },
  ],
  race: [
    { value: 'hispanic_latino', label: 'Hispanic or Latino', description: 'A person of Cuban, Mexican, Puerto Rican, South or Central American, or other Spanish culture or origin regardless of race.' },
    { value: 'white', label: 'White (Not Hispanic or Latino)', description: 'A person having origins in any of the original peoples of Europe, the Middle East, or North Africa.' },
    { value: 'black', label: 'Black or African American (Not Hispanic or Latino)', description: 'A person having origins in any of the black racial groups of Africa.' },
    {
      value: 'native_hawaiian_pacific_islander',
      label: 'Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)',
      description: 'A person having origins in any of the peoples of Hawaii, Guam, Samoa, or other Pacific Islands.',
    },
    {
      value: 'asian',
      label: 'Asian (Not Hispanic or Latino)',
      description:
        'A person having origins in any of the original peoples of the Far East, Southeast Asia, or the Indian Subcontinent, including, for example, Cambodia, China, India, Japan, Korea, Malaysia, Pakistan, the Philippine Islands, Thailand, and Vietnam.',
    },
    {
      value: 'american_indian_alaska_native',
      label: 'American Indian or Alaska Native (Not Hispanic or Latino)',
      description: 'A person having origins in any of the original peoples of North and South America (including Central America), and who maintain tribal affiliation or community attachment.',
    },
    { value: 'two_or_more', label: 'Two or More Races (Not Hispanic or Latino)', description: 'All persons who identify with more than one of the above five races.' },
    { value: 'decline', label: DECLINE },
  ],
  veteran: [
    { value: 'protected', label: 'I identify as one or more of the classifications of protected veteran listed above' },
    { value: 'not_protected', label: 'I am not a protected veteran' },
    { value: 'decline', label: DECLINE },
  ],
  disability: [
    { value: 'yes', label: 'Yes, I have a disability (or previously had a disability)' },
    { value: 'no', label: 'No, I do not have a disability and have not had one in the past' },
    { value: 'decline', label: DECLINE },
  ],
};

export const EEO_QUESTION_LABELS: Record<EeoQuestion, string> = {
  gender: 'Gender',
  race: 'Race/Ethnicity',
  veteran: 'Veteran status',
  disability: 'Disability status',
};

export const EEO_INTRO =
  'We are an equal opportunity employer. Government agencies require periodic reports on the sex, ethnicity, race, veteran and disability status of applicants. Submitting this information is voluntary, and refusing to provide it will not subject you to any adverse treatment. The information is kept apart from your application: the people who consider your application never see it, and it is used only in reports that do not identify you.';

export const EEO_VETERAN_TEXT =
  'If you believe you belong to any of the categories of protected veterans listed below, please indicate by making the appropriate selection. A "disabled veteran" is one of the following: a veteran of the U.S. military, ground, naval or air service who is entitled to compensation (or who but for the receipt of military retired pay would be entitled to compensation) under laws administered by the Secretary of Veterans Affairs; or a person who was discharged or released from active duty because of a service-connected disability. A "recently separated veteran" means any veteran during the three-year period beginning on the date of such veteran\'s discharge or release from active duty in the U.S. military, ground, naval, or air service. An "active duty wartime or campaign badge veteran" means a veteran who served on active duty in the U.S. military, ground, naval or air service during a war, or in a campaign or expedition for which a campaign badge has been authorized under the laws administered by the Department of Defense. An "Armed forces service medal veteran" means a veteran who, while serving on active duty in the U.S. military, ground, naval or air service, participated in a United States military operation for which an Armed Forces service medal was awarded pursuant to Executive Order 12985.';

export const EEO_DISABILITY_TEXT =
  'Voluntary Self-Identification of Disability (Form CC-305). We are a federal contractor or subcontractor. The law requires us to provide equal employment opportunity to qualified people with disabilities. To help us measure how well we are doing, we are asking you to tell us if you have a disability or if you ever had a disability. Completing this form is voluntary, and we hope that you will choose to do so. Your answer is confidential. No one who makes hiring decisions will see it. Your decision to complete the form and your answer will not harm you in any way. A disability is a condition that substantially limits one or more of your "major life activities." If you have or have ever had such a condition, you are a person with a disability. Disabilities include, but are not limited to: alcohol or other substance use disorder (not currently using drugs illegally); autoimmune disorder; blind or low vision; cancer (past or present); cardiovascular or heart disease; celiac disease; cerebral palsy; deaf or serious difficulty hearing; diabetes; disfigurement; epilepsy or other seizure disorder; gastrointestinal disorders; intellectual or developmental disability; mental health conditions; missing limbs or partially missing limbs; mobility impairment; nervous system condition; neurodivergence; partial or complete paralysis; pulmonary or respiratory conditions; short stature; traumatic brain injury.';

/** Counts below this are hidden in every aggregate an admin sees, so no one can be singled out. */
export const EEO_MIN_REPORTED_COUNT = 5;
