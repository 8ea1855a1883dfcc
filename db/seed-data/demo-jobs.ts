// Demo postings for `npm run dev`, demos and tests. Pure data: db/seed.ts turns it into rows.
// Every job points at a department by name and at a location by key; the location keyed 'hq'
// is also where the company's own posting lives.

import type { EmploymentType, JobStatus, PayPeriod, QuestionKind, WorkplaceType } from '../../lib/domain/job-enums';

export interface DemoLocation {
  key: string;
  city: string | null;
  region: string | null;
  countryCode: string;
  remoteArea: string | null;
}

export interface DemoJob {
  slug: string;
  title: string;
  department: string;
  locationKey: string;
  workplaceType: WorkplaceType;
  employmentType: EmploymentType;
  pay: { min: string; max: string; currency: string; period: PayPeriod } | null;
  summary: string;
  descriptionMarkdown: string;
  status: JobStatus;
  postedDaysAgo: number;
  closesInDays: number | null;
  questions: Array<{
    key: string;
    kind: QuestionKind;
    label: string;
    helpText?: string;
    required: boolean;
    options?: string[];
  }>;
}

export const DEMO_DEPARTMENTS: string[] = [
  'Engineering',
  'Product',
  'Design',
  'Sales',
  'Marketing',
  'Customer Success',
  'People',
  'Finance',
  'Operations',
  'Data',
];

export const DEMO_LOCATIONS: DemoLocation[] = [
  { key: 'hq', city: 'Austin', region: 'TX', countryCode: 'US', remoteArea: null },
  { key: 'new-york', city: 'New York', region: 'NY', countryCode: 'US', remoteArea: null },
  { key: 'san-francisco', city: 'San Francisco', region: 'CA', countryCode: 'US', remoteArea: null },
  { key: 'toronto', city: 'Toronto', region: 'ON', countryCode: 'CA', remoteArea: null },
  { key: 'london', city: 'London', region: 'England', countryCode: 'GB', remoteArea: null },
  { key: 'berlin', city: 'Berlin', region: 'Berlin', countryCode: 'DE', remoteArea: null },
  { key: 'amsterdam', city: 'Amsterdam', region: 'North Holland', countryCode: 'NL', remoteArea: null },
  { key: 'lisbon', city: 'Lisbon', region: 'Lisbon', countryCode: 'PT', remoteArea: null },
  { key: 'bengaluru', city: 'Bengaluru', region: 'Karnataka', countryCode: 'IN', remoteArea: null },
  { key: 'sydney', city: 'Sydney', region: 'NSW', countryCode: 'AU', remoteArea: null },
  { key: 'remote-us', city: null, region: null, countryCode: 'US', remoteArea: 'United States' },
  { key: 'remote-eu', city: null, region: null, countryCode: 'DE', remoteArea: 'European Union' },
];

export const DEMO_JOBS: DemoJob[] = [
  {
    slug: 'frontend-engineer',
    title: 'Frontend Engineer',
    department: 'Engineering',
    locationKey: 'hq',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '125000.00', max: '155000.00', currency: 'USD', period: 'year' },
    summary: 'Build the fast, accessible careers pages and hiring tools that thousands of candidates and recruiters use every day.',
    descriptionMarkdown: `## About the role

Portico's frontend is the first thing a candidate sees and the place a recruiter spends their whole day. As a Frontend Engineer on the Candidate Experience team you will own pages that have to load quickly on a cheap phone, work with a screen reader and still feel delightful. You will work from our Austin office two or three days a week alongside a designer, a product manager and four other engineers.

## What you'll do

- Build and ship features across our Next.js and React codebase, from the public job board to the recruiter pipeline view
- Keep our pages fast: measure Core Web Vitals, find regressions and fix them before customers notice
- Make accessibility a default, not an afterthought, and help the team test with assistive technology
- Work closely with design to grow our component library and keep it consistent
- Review code, write tests and take your turn supporting the features you ship

## What you'll bring

- 3+ years of professional experience building web applications with TypeScript and React
- A solid grasp of HTML, CSS and how browsers actually render a page
- Experience with automated testing at the unit and end-to-end level
- Care for the details of forms, error states and empty states
- Clear written communication and comfort giving and receiving feedback

## Nice to have

- Experience with server-side rendering or React Server Components
- Familiarity with WCAG 2.2 and auditing tools

## Benefits

- Medical, dental and vision cover with 100% of employee premiums paid
- 401(k) with a 4% match
- 20 days of paid vacation plus company holidays
- $1,500 yearly learning budget
- 16 weeks of paid parental leave`,
    status: 'published',
    postedDaysAgo: 3,
    closesInDays: null,
    questions: [
      { key: 'portfolio-url', kind: 'url', label: 'Link to a project you are proud of', required: false },
      {
        key: 'work-authorization',
        kind: 'yes_no',
        label: 'Are you authorised to work in the United States?',
        required: true,
      },
    ],
  },
  {
    slug: 'site-reliability-engineer',
    title: 'Site Reliability Engineer',
    department: 'Engineering',
    locationKey: 'remote-eu',
    workplaceType: 'remote',
    employmentType: 'full_time',
    pay: { min: '80000.00', max: '100000.00', currency: 'EUR', period: 'year' },
    summary: 'Keep Portico fast and available for customers around the world while making our infrastructure simpler to run.',
    descriptionMarkdown: `## About the role

When a company opens a role on Portico, hundreds of applications can arrive in the first hour. Our Site Reliability Engineers make sure nothing is lost and every page stays quick. You will join a small, fully remote team spread across European time zones and split your time between project work and a fair, well-paid on-call rotation.

## What you'll do

- Run and improve our Kubernetes clusters, PostgreSQL databases and object storage across two cloud regions
- Define service level objectives with product teams and build the dashboards and alerts that track them
- Automate toil away with Terraform, GitHub Actions and small internal tools
- Lead incident response and write blameless postmortems that lead to real fixes
- Help engineers design services that are easy to deploy, observe and roll back

## What you'll bring

- 4+ years in an SRE, DevOps or infrastructure role running production systems
- Hands-on experience with Kubernetes and infrastructure as code
- Strong Linux and networking fundamentals
- Experience operating PostgreSQL or another relational database at scale
- A calm approach to incidents and a habit of writing things down

## Nice to have

- Experience with OpenTelemetry, Prometheus and Grafana
- Some Go or Python for tooling

## Benefits

- Work from anywhere in the European Union
- 28 days of paid holiday plus public holidays
- Home office budget of 1,000 EUR when you join
- On-call is compensated on top of your salary
- Yearly team meetup somewhere in Europe`,
    status: 'published',
    postedDaysAgo: 8,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'engineering-manager-platform',
    title: 'Engineering Manager, Platform',
    department: 'Engineering',
    locationKey: 'berlin',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '105000.00', max: '125000.00', currency: 'EUR', period: 'year' },
    summary: 'Lead the Platform team that gives every Portico engineer a paved road from first commit to production.',
    descriptionMarkdown: `## About the role

The Platform team builds the foundations the rest of Portico stands on: our deployment pipeline, shared services, developer tooling and the data model behind every job and application. We are looking for an Engineering Manager to lead this team of six engineers from our Berlin office, where you will spend around three days a week.

## What you'll do

- Hire, grow and support a team of backend and infrastructure engineers through regular one-to-ones and honest feedback
- Set the team's roadmap with product and engineering leadership, balancing new capabilities with reliability work
- Make sure the team delivers predictably without burning out
- Champion good engineering practice: design reviews, testing and sensible documentation
- Represent the needs of internal developers and measure how well we serve them

## What you'll bring

- 2+ years managing software engineering teams, and a background as a hands-on engineer
- Experience with backend systems, cloud infrastructure or developer tooling
- A track record of hiring well and building inclusive teams
- Strong judgement on technical trade-offs, even when you no longer write code every day
- Clear, kind communication in English

## Benefits

- 30 days of paid holiday
- Company pension scheme with employer contribution
- BVG public transport ticket or bike leasing
- 2,000 EUR yearly learning and conference budget
- Relocation support for moves to Berlin`,
    status: 'published',
    postedDaysAgo: 12,
    closesInDays: 30,
    questions: [],
  },
  {
    slug: 'machine-learning-engineer',
    title: 'Machine Learning Engineer',
    department: 'Data',
    locationKey: 'bengaluru',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '3200000.00', max: '4800000.00', currency: 'INR', period: 'year' },
    summary: 'Build the search and matching models that help candidates find the right roles and recruiters find the right people.',
    descriptionMarkdown: `## About the role

Search is at the heart of Portico. Candidates type half-remembered job titles with typos, and recruiters want to see the strongest applications first without hidden bias. As a Machine Learning Engineer in our Bengaluru office you will take models from notebook to production and own how they behave in the real world.

## What you'll do

- Improve job search ranking, spelling correction and related-job suggestions
- Build pipelines to train, evaluate and deploy models with reproducible results
- Design offline metrics and online experiments that tell us whether a change actually helps
- Audit models for fairness and document what they can and cannot do
- Work with backend engineers to serve models within tight latency budgets

## What you'll bring

- 3+ years of experience building and shipping machine learning systems
- Strong Python and a good understanding of information retrieval or ranking
- Experience with PyTorch or a similar framework
- Comfort with SQL and working with messy, real-world data
- An interest in responsible AI and the impact of models on people's careers

## Nice to have

- Experience with embeddings, vector search or learning to rank
- Familiarity with PostgreSQL full-text search

## Benefits

- Comprehensive health insurance for you, your spouse, children and parents
- 24 days of paid leave plus public holidays
- Flexible hybrid schedule with two office days a week
- Yearly learning budget and paid conference trips
- Meals and transport allowance`,
    status: 'published',
    postedDaysAgo: 5,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'software-engineering-intern',
    title: 'Software Engineering Intern',
    department: 'Engineering',
    locationKey: 'toronto',
    workplaceType: 'on_site',
    employmentType: 'internship',
    pay: { min: '30.00', max: '34.00', currency: 'CAD', period: 'hour' },
    summary: 'Spend four months shipping real features with a Portico engineering team in our Toronto office.',
    descriptionMarkdown: `## About the role

Our internship program is built around real work. You will join one of our product teams in Toronto for a four-month term starting in May or September, pair with a dedicated mentor, and ship code that our customers use. Past interns have built our calendar integration and rewrote the resume upload flow.

## What you'll do

- Build features end to end, from database changes to the user interface
- Write tests and take part in code review, both giving and receiving feedback
- Join planning, demos and retrospectives as a full member of your team
- Present what you built to the whole company at the end of your term

## What you'll bring

- Current enrolment in a computer science, software engineering or related program
- Experience building something with code, whether for class, a hackathon or a side project
- Familiarity with at least one programming language such as TypeScript, Python or Java
- Curiosity and a willingness to ask questions early
- Eligibility to work in Canada for the length of the internship

## Nice to have

- Some experience with React or SQL
- Open source contributions

## Benefits

- Competitive hourly pay
- A dedicated mentor and weekly career conversations
- Lunch in the office three days a week
- Social events with the intern cohort`,
    status: 'published',
    postedDaysAgo: 14,
    closesInDays: 30,
    questions: [],
  },
  {
    slug: 'head-of-security',
    title: 'Head of Security',
    department: 'Engineering',
    locationKey: 'hq',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '210000.00', max: '250000.00', currency: 'USD', period: 'year' },
    summary: 'Own Portico\'s security program and protect the personal data that candidates trust us with.',
    descriptionMarkdown: `## About the role

Portico stores resumes, contact details and interview feedback for millions of candidates. Protecting that data is part of our product, not an add-on. As our first Head of Security you will build and lead the security function, reporting to the CTO and working from our Austin headquarters part of the week.

## What you'll do

- Define and run our security strategy, from application security to cloud infrastructure
- Build a small security team and grow security ownership across engineering
- Lead our SOC 2 Type II and ISO 27001 programs and answer customer security reviews
- Run threat modelling, penetration tests and a responsible disclosure program
- Own incident response planning and lead the response when something goes wrong

## What you'll bring

- 8+ years in security, including time leading a security program at a SaaS company
- Deep knowledge of web application and cloud security
- Experience with compliance frameworks and working with auditors
- The ability to explain risk clearly to engineers, executives and customers
- A pragmatic approach that makes secure work the easy path

## Nice to have

- Experience with GDPR and other privacy regulations
- A background as a software engineer

## Benefits

- Medical, dental and vision cover with 100% of employee premiums paid
- 401(k) with a 4% match
- Equity in Portico
- 20 days of paid vacation plus company holidays
- 16 weeks of paid parental leave`,
    status: 'draft',
    postedDaysAgo: 1,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'product-designer',
    title: 'Product Designer',
    department: 'Design',
    locationKey: 'amsterdam',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '62000.00', max: '78000.00', currency: 'EUR', period: 'year' },
    summary: 'Design hiring workflows that make recruiters faster and leave every candidate with a good impression.',
    descriptionMarkdown: `## About the role

Applying for a job is stressful, and running a hiring process is busy work. Our Product Designers make both easier. You will join the Recruiter Workflow team in Amsterdam, owning the design of the pipeline board, candidate profiles and interview scheduling from research through to polished detail.

## What you'll do

- Run research with recruiters and hiring managers to understand how they actually work
- Turn messy problems into clear flows, prototypes and high-fidelity designs
- Partner with engineers throughout the build and review what ships
- Contribute to and help evolve the Portico design system
- Test designs with users and use what you learn to iterate

## What you'll bring

- 3+ years of product design experience on complex web applications
- A portfolio that shows your process as well as your final work
- Strong interaction design skills and attention to accessibility
- Experience running usability tests and interviews
- Comfort sharing early work and discussing trade-offs openly

## Nice to have

- Experience designing B2B SaaS or data-heavy tools
- Basic HTML and CSS knowledge

## Benefits

- 27 days of paid holiday plus public holidays
- Pension plan with employer contribution
- 8% holiday allowance
- NS Business Card for public transport
- Yearly budget for courses, books and conferences`,
    status: 'published',
    postedDaysAgo: 10,
    closesInDays: null,
    questions: [
      {
        key: 'design-tool',
        kind: 'single_choice',
        label: 'Which design tool do you use most?',
        required: true,
        options: ['Figma', 'Sketch', 'Penpot', 'Other'],
      },
    ],
  },
  {
    slug: 'product-manager-growth',
    title: 'Product Manager, Growth',
    department: 'Product',
    locationKey: 'san-francisco',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '165000.00', max: '195000.00', currency: 'USD', period: 'year' },
    summary: 'Own the journey from first visit to paying customer and help more companies discover a better way to hire.',
    descriptionMarkdown: `## About the role

Portico grows when companies try us, see value quickly and invite their teams. As Product Manager for Growth you will own sign-up, onboarding, trials and in-product expansion. You will lead a cross-functional team of four engineers and a designer, based in our San Francisco office with two in-office days a week.

## What you'll do

- Own the growth roadmap and the metrics behind it, from activation to expansion revenue
- Design and run experiments, and decide with the team what to keep
- Talk to new customers every week to understand what stops them from getting started
- Work with Marketing and Sales on pricing, packaging and trial experience
- Write clear specs and share progress openly with the whole company

## What you'll bring

- 4+ years of product management experience, including time on growth or onboarding
- Confidence with data: you can write SQL and read an experiment result critically
- A track record of shipping changes that moved a key metric
- Strong product sense for self-serve B2B software
- Excellent written and verbal communication

## Nice to have

- Experience with product-led growth in HR or recruiting software

## Benefits

- Medical, dental and vision cover with 100% of employee premiums paid
- 401(k) with a 4% match
- Equity in Portico
- Commuter benefits and a monthly wellness stipend
- 16 weeks of paid parental leave`,
    status: 'published',
    postedDaysAgo: 7,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'account-executive-mid-market',
    title: 'Account Executive, Mid-Market',
    department: 'Sales',
    locationKey: 'new-york',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '85000.00', max: '105000.00', currency: 'USD', period: 'year' },
    summary: 'Win new mid-market customers on the East Coast and help them replace spreadsheets and inboxes with a real hiring process.',
    descriptionMarkdown: `## About the role

Our mid-market customers are companies with 200 to 2,000 employees that are hiring fast and have outgrown their tools. As an Account Executive in our New York office you will run the full sales cycle, from first call to signed contract, working closely with a sales development rep and a solutions engineer. The salary range below is base pay; on-target earnings are double the base.

## What you'll do

- Manage a pipeline of mid-market opportunities and close new business against a quarterly quota
- Run discovery calls and tailored demos for talent leaders and HR teams
- Build business cases with customers and navigate procurement and security reviews
- Keep accurate forecasts and notes in our CRM
- Share customer feedback with Product so we build the right things

## What you'll bring

- 3+ years of closing experience in B2B SaaS, ideally selling to HR or operations buyers
- A record of meeting or beating quota
- Strong discovery and negotiation skills
- Organised pipeline management and honest forecasting
- Curiosity about how companies hire

## Benefits

- Uncapped commission with accelerators
- Medical, dental and vision cover
- 401(k) with a 4% match
- 20 days of paid vacation plus company holidays
- Yearly President's Club trip`,
    status: 'published',
    postedDaysAgo: 4,
    closesInDays: null,
    questions: [
      {
        key: 'years-b2b-sales',
        kind: 'number',
        label: 'Years of B2B sales experience',
        required: true,
      },
      {
        key: 'segments-sold-to',
        kind: 'multiple_choice',
        label: 'Which segments have you sold to?',
        required: false,
        options: ['SMB', 'Mid-Market', 'Enterprise'],
      },
    ],
  },
  {
    slug: 'senior-account-executive-enterprise',
    title: 'Senior Account Executive, Enterprise',
    department: 'Sales',
    locationKey: 'london',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: null,
    summary: 'Lead complex enterprise deals across the UK and Ireland as Portico expands into large organisations.',
    descriptionMarkdown: `## About the role

Large employers are coming to Portico for a careers site and hiring workflow that candidates actually enjoy. We are looking for a Senior Account Executive to open and close enterprise accounts across the UK and Ireland. You will be based in our London office and work with a dedicated solutions engineer and our partnerships team.

## What you'll do

- Build and close a pipeline of enterprise opportunities with multi-year contracts
- Lead long, multi-stakeholder sales cycles with talent acquisition, HR, IT and procurement
- Create account plans for strategic targets and work them with Marketing
- Negotiate commercial and legal terms with confidence
- Mentor other account executives and help shape our enterprise sales playbook

## What you'll bring

- 6+ years of B2B SaaS sales experience, with at least 3 years closing enterprise deals
- A record of closing six-figure contracts
- Experience selling to HR, talent or people leaders
- Skill at running structured sales processes such as MEDDICC
- Excellent presentation and writing skills

## Nice to have

- An existing network among UK talent acquisition leaders

## Benefits

- Competitive base salary and uncapped commission
- 25 days of paid holiday plus bank holidays
- Private medical insurance
- Pension with employer contribution of 5%
- Enhanced parental leave`,
    status: 'published',
    postedDaysAgo: 21,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'content-marketing-manager',
    title: 'Content Marketing Manager',
    department: 'Marketing',
    locationKey: 'remote-us',
    workplaceType: 'remote',
    employmentType: 'temporary',
    pay: { min: '95000.00', max: '110000.00', currency: 'USD', period: 'year' },
    summary: 'Lead Portico\'s content program for twelve months while a teammate is on parental leave.',
    descriptionMarkdown: `## About the role

This is a 12-month, fully remote role covering parental leave on our Marketing team. You will own the content that helps talent teams hire better: our blog, guides, customer stories and newsletter. You will work with a freelance writer, our designer and the product marketing team, and you will report to the Director of Marketing.

## What you'll do

- Own the content calendar and deliver two to three high-quality pieces each week
- Write and edit articles, guides and customer stories about modern hiring
- Interview customers and internal experts to find stories worth telling
- Work with SEO and product marketing to grow organic traffic and sign-ups
- Report on content performance and adjust the plan based on what works

## What you'll bring

- 4+ years of content marketing experience, ideally at a B2B software company
- Excellent writing and editing skills, with samples you can share
- Experience managing freelancers and an editorial calendar
- A working knowledge of SEO and analytics tools
- Self-direction and comfort working across time zones

## Nice to have

- Experience writing for HR or recruiting audiences

## Benefits

- Fully remote anywhere in the United States
- Medical, dental and vision cover for the length of the contract
- 401(k) with a 4% match
- Paid vacation, pro rata
- Home office stipend`,
    status: 'published',
    postedDaysAgo: 11,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'customer-success-manager',
    title: 'Customer Success Manager',
    department: 'Customer Success',
    locationKey: 'sydney',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '105000.00', max: '125000.00', currency: 'AUD', period: 'year' },
    summary: 'Help customers across Australia and New Zealand get the most out of Portico and grow with us.',
    descriptionMarkdown: `## About the role

Our customers in Australia and New Zealand range from fast-growing startups to national retailers hiring hundreds of people each season. As a Customer Success Manager in Sydney you will be their trusted adviser, from onboarding to renewal, and the voice of the customer inside Portico.

## What you'll do

- Own a portfolio of around 40 customer accounts and their renewals
- Lead onboarding and make sure new customers see value in their first 30 days
- Run regular business reviews that connect Portico to each customer's hiring goals
- Spot risks early and work with Support and Product to resolve them
- Find expansion opportunities and partner with Sales to close them

## What you'll bring

- 3+ years in customer success or account management at a SaaS company
- Confidence running meetings with senior stakeholders
- Strong organisation across many accounts at once
- The ability to explain product features in terms of business outcomes
- A genuine interest in helping people succeed

## Nice to have

- Experience in recruiting, HR or applicant tracking systems

## Benefits

- Superannuation on top of your salary
- 20 days of annual leave plus a wellbeing day each quarter
- Flexible hybrid working from our Surry Hills office
- Yearly learning budget
- 18 weeks of paid parental leave`,
    status: 'published',
    postedDaysAgo: 6,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'people-partner',
    title: 'People Partner',
    department: 'People',
    locationKey: 'lisbon',
    workplaceType: 'hybrid',
    employmentType: 'full_time',
    pay: { min: '42000.00', max: '52000.00', currency: 'EUR', period: 'year' },
    summary: 'Partner with leaders across our European teams to build a place where people do the best work of their careers.',
    descriptionMarkdown: `## About the role

We build hiring software, so we hold ourselves to a high standard as an employer. As a People Partner based in our Lisbon office, you will support around 120 people across our European offices and remote teams, advising managers and owning people programs from performance reviews to onboarding.

## What you'll do

- Act as a trusted partner to managers on team design, performance and employee relations
- Run our performance and compensation review cycles for European teams
- Improve onboarding so new joiners feel productive and welcome in their first weeks
- Make sure our policies follow local employment law in each country we hire in
- Use engagement survey data to find problems and act on them

## What you'll bring

- 4+ years of HR business partner or generalist experience, ideally in a tech company
- Working knowledge of employment law in at least one EU country
- Sound judgement and discretion with sensitive situations
- Experience coaching managers through difficult conversations
- Fluent English; Portuguese is a plus

## Benefits

- 25 days of paid holiday plus public holidays
- Private health insurance for you and your family
- Meal allowance card
- Flexible hybrid working
- Yearly learning budget`,
    status: 'published',
    postedDaysAgo: 17,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'financial-analyst',
    title: 'Financial Analyst',
    department: 'Finance',
    locationKey: 'hq',
    workplaceType: 'on_site',
    employmentType: 'full_time',
    pay: { min: '78000.00', max: '92000.00', currency: 'USD', period: 'year' },
    summary: 'Help Portico plan, forecast and understand the numbers behind a fast-growing subscription business.',
    descriptionMarkdown: `## About the role

Our Finance team is small and close to every decision the company makes. As a Financial Analyst in our Austin headquarters you will build the models and reports that leadership uses to plan hiring, spending and growth, and you will learn how a SaaS business really works.

## What you'll do

- Build and maintain our operating model, budget and monthly forecasts
- Analyse revenue metrics such as ARR, churn and net revenue retention
- Prepare monthly reporting packs for leadership and the board
- Partner with department heads to track spending against budget
- Improve our reporting tools and automate manual work

## What you'll bring

- 2+ years of experience in FP&A, investment banking or consulting
- Advanced spreadsheet skills and clean, well-documented models
- Understanding of the three financial statements
- Attention to detail and the ability to explain numbers simply
- A degree in finance, accounting, economics or a related field

## Nice to have

- Experience with SaaS metrics and SQL

## Benefits

- Medical, dental and vision cover with 100% of employee premiums paid
- 401(k) with a 4% match
- 20 days of paid vacation plus company holidays
- Free lunch in the office
- 16 weeks of paid parental leave`,
    status: 'closed',
    postedDaysAgo: 33,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'office-coordinator',
    title: 'Office Coordinator',
    department: 'Operations',
    locationKey: 'london',
    workplaceType: 'on_site',
    employmentType: 'part_time',
    pay: { min: '15.50', max: '17.00', currency: 'GBP', period: 'hour' },
    summary: 'Keep our London office running smoothly and make it a welcoming place for the team and our visitors, three days a week.',
    descriptionMarkdown: `## About the role

Our London office is home to about 35 people from Sales, Customer Success and Operations. We are looking for an Office Coordinator to work 24 hours a week, Tuesday to Thursday, and look after the space, the people in it and the guests who visit.

## What you'll do

- Welcome visitors and candidates and make sure they have what they need
- Manage supplies, deliveries, post and relationships with building management
- Organise team lunches, socials and the occasional all-hands event
- Help new joiners settle in on their first day with desks, equipment and introductions
- Look after health and safety basics such as fire marshal duties and first aid records

## What you'll bring

- Experience in an office, reception, hospitality or administrative role
- Strong organisation and the ability to juggle several requests at once
- A friendly, helpful manner with people at every level
- Confidence using email, calendars and spreadsheets
- Availability Tuesday to Thursday during office hours

## Benefits

- 25 days of paid holiday plus bank holidays, pro rata
- Pension with employer contribution
- Daily team lunch in the office
- Cycle to work scheme`,
    status: 'closed',
    postedDaysAgo: 38,
    closesInDays: null,
    questions: [],
  },
  {
    slug: 'data-analyst',
    title: 'Data Analyst',
    department: 'Data',
    locationKey: 'remote-us',
    workplaceType: 'remote',
    employmentType: 'contract',
    pay: { min: '60.00', max: '75.00', currency: 'USD', period: 'hour' },
    summary: 'Turn product and hiring data into clear answers for our product and go-to-market teams on a six-month contract.',
    descriptionMarkdown: `## About the role

We have a lot of questions and not enough people to answer them. For six months, with a likely extension, you will join our Data team as a remote contractor and help Product, Sales and Customer Success make better decisions with data. Expect around 40 hours a week, with a few hours of overlap with US Central time each day.

## What you'll do

- Answer business questions with SQL and explain the results in plain language
- Build and maintain dashboards for product usage, funnel conversion and customer health
- Define core metrics with stakeholders and document them so everyone uses the same numbers
- Analyse experiments run by the Growth team
- Find data quality problems and work with engineers to fix them at the source

## What you'll bring

- 3+ years of experience as a data or business analyst
- Excellent SQL and experience with a BI tool such as Looker, Metabase or Tableau
- A good grasp of statistics, especially for A/B tests
- The ability to turn a vague question into a focused analysis
- Clear writing and the habit of showing your working

## Nice to have

- Experience with dbt or Python for analysis

## Benefits

- Fully remote within the United States
- Flexible working hours
- Weekly invoicing with payment in 14 days
- Access to our learning library and team events`,
    status: 'published',
    postedDaysAgo: 2,
    closesInDays: null,
    questions: [
      {
        key: 'decision-changing-analysis',
        kind: 'long_text',
        label: 'Tell us about an analysis that changed a decision',
        helpText: 'What was the question, what did you find, and what happened as a result?',
        required: true,
      },
    ],
  },
];
