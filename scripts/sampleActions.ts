/**
 * The sample workbook's action plan (issue 11): seed 003's JAR Performance Improvement Action Plan, Herefordshire
 * Council's Summary Progress Report dated 19.05.06, with its seventeen recommendations in their two timescale bands
 * and their progress to date as reported. The leads, due dates and statuses are illustrative: the seed gives the
 * bands and the words (completed, on track), the exceptions reports the slippage of the workforce strategy.
 */

export interface SampleAction {
  no: number;
  recommendation: string;
  lead: string;
  /** A date as typed (day first), a month, or blank. */
  timescale: string | null;
  status: string | null;
  /** The progress to date; more than one paragraph goes on rows of its own below, as the seed's table has it. */
  progress: string[];
}

export interface SampleBand {
  heading: string;
  actions: SampleAction[];
}

export const PLAN_DATE = 'DATE: 19.05.06';

// prettier-ignore
export const JAR_PLAN: SampleBand[] = [
  {
    heading: 'JAR Timescale Requirement: January – June 2006',
    actions: [
      { no: 1, recommendation: "Ensure that appropriate criteria are set for the involvement of the LA's professionally qualified social care staff in child protection cases.", lead: 'Head of Safeguarding', timescale: '31/03/2006', status: 'Completed', progress: ['All milestones and actions now completed. Various performance monitoring systems are in place to test that the criteria are being operated properly. Weekly audit and review of files highlights compliance and quality of practice; key data have been reviewed and validated. Work is on target for submission of the APA within the required timescale, i.e. 31st May 2006.'] },
      { no: 2, recommendation: 'Ensure that these criteria are clearly understood by all concerned and consistently applied in practice.', lead: 'Head of Safeguarding', timescale: '31/05/2006', status: 'In progress', progress: ['Further communications work and "road shows" on the Child Concern Model and the common processes (Common Assessment) across all agencies have been rolled out from April 2006. It will also be part of the Every Child Matters Championing Children programme. Testing and survey of implementation continues.'] },
      { no: 3, recommendation: "Ensure that there is an effective workforce strategy to address the recruitment and retention problems within the local authority's Social Care Service.", lead: 'Head of Human Resources', timescale: 'April 2006', status: 'Slipping', progress: ["Workforce strategy for social care completed; details are in the Children & Young People's Plan. Significant improvements in covering and filling social work vacancies, particularly in the duty team; permanent recruitment strategies are beginning to deliver.", 'There are still some hard to fill vacancies, e.g. specialist support to the Local Safeguarding Children Board. A multi-agency Children\'s Services Workforce strategy is to be set up on 22nd June with the Children\'s Workforce Development Council.'] },
      { no: 4, recommendation: 'Ensure that a written record is made of all contacts with the Social Care Duty Team.', lead: 'Duty Team Manager', timescale: '28/02/2006', status: 'Completed', progress: ['System in place and operating properly. Regular management checks to ensure compliance.'] },
    ],
  },
  {
    heading: 'JAR Timescale Requirement: June 2006 –',
    actions: [
      { no: 5, recommendation: 'Ensure that there is a single referral, assessment and service planning framework for children in need, which is consistently and effectively applied in practice.', lead: 'Head of Social Care', timescale: '31/07/2006', status: 'On track', progress: ['A whole systems approach, linked with the threshold criteria of the Child Concern Model and the Every Child Matters common processes (Information Sharing, Common Assessment), is being developed for implementation through pilots from July 2006. A draft Information Sharing strategy was presented to the CYPPB on 15th May 2006 for consultation until the end of June 2006.'] },
      { no: 6, recommendation: 'Ensure that the training, guidance and support needs of all staff contributing to the implementation of the Child Concern Model are addressed.', lead: 'Workforce Development Manager', timescale: '30/09/2006', status: 'On track', progress: ['A two-day training package has been designed for CCM consultants and will be rolled out alongside road shows for staff on common assessment and processes.'] },
      { no: 7, recommendation: 'Ensure effective implementation of the multi-agency healthcare planning procedures for looked after children.', lead: 'Designated Nurse, Looked After Children', timescale: '30/06/2006', status: 'Not started', progress: [] },
      { no: 8, recommendation: 'Improve access to Occupational Therapy Services.', lead: 'Service Manager, Disabilities', timescale: '31/03/2006', status: 'Completed', progress: ['Required action completed. All new referrals since January have been seen within the local 12 week target (there is currently no national target).'] },
      { no: 9, recommendation: 'Ensure appropriate social care support for the families of children with learning difficulties and disabilities.', lead: 'Service Manager, Disabilities', timescale: 'December 2006', status: 'On track', progress: ['Development work is under way and progress is as required within timescales prescribed.'] },
      { no: 10, recommendation: 'Ensure better co-ordinated transition planning for all young people with learning difficulties and disabilities.', lead: 'Service Manager, Disabilities', timescale: 'March 2007', status: 'On track', progress: ['Progress has been made and actions to date completed as per required timescales.'] },
      { no: 11, recommendation: 'Improve communication with parents and young people with learning difficulties and disabilities in terms of both the assessment of need and planning of provision.', lead: 'Service Manager, Disabilities', timescale: 'March 2007', status: 'On track', progress: ['Work on this issue is progressing in line with the timetable, with support and challenge from the Council for Disabled Children.'] },
      { no: 12, recommendation: 'Improve action planning to deliver strategic aims and objectives and, in particular, ensure that associated resourcing needs are met.', lead: "Director of Children's Services", timescale: '30/06/2006', status: 'On track', progress: ["The CYP's Plan has been completed and approved by Cabinet and the CYP's Partnership Board. A Forward Delivery Plan is being developed for completion by end June 2006. The Council's £100K towards the plan and the PCT's £70K for Family Support Services have been secured for 06/07."] },
      { no: 13, recommendation: "Improve information systems within the local authority's Social Care Services to enable better management oversight and evaluation of service effectiveness.", lead: 'Head of Performance', timescale: 'March 2007', status: 'At risk', progress: ['Scoping of required information needs and systems is under way, linked to the corporate performance system; the Institute of Public Care is assisting. The action will be aligned with the Herefordshire Connects programme and its timescales.'] },
      { no: 14, recommendation: "Improve access to hospital inpatient provision to meet children and young people's mental health needs (tier 4 CAMHS).", lead: 'PCT Commissioner, CAMHS', timescale: 'March 2007', status: 'In progress', progress: ['Proposals in place, including a Private Finance Initiative bid to government; also identifying a more local approach to meeting the needs of the most vulnerable young people.'] },
      { no: 15, recommendation: 'Improve coordination of consultation with children and young people to support their participation in strategic planning and review.', lead: 'Participation Officer', timescale: 'September 2006', status: 'At risk', progress: ["Hear by Rights standard adopted, but dedicated resources and monitoring will be required to implement it successfully. Shadow C&YPPB and Youth Council in place."] },
      { no: 16, recommendation: 'Improve housing provision for both single young people and families.', lead: 'Head of Strategic Housing', timescale: 'March 2007', status: 'On track', progress: ["Responsibility for homelessness returned to the Council's Strategic Housing Service from 1st April 06. Offers have been accepted on 3 properties for care leavers, expected to be ready in June; use of bed and breakfast accommodation is reducing."] },
      { no: 17, recommendation: "Strengthen performance management processes involving elected members and senior officers at all levels, including the Children and Young People's Partnership Board and the Children's Services Scrutiny Committee.", lead: 'Head of Performance', timescale: '31/07/2006', status: 'On track', progress: ['Weekly reporting to the cabinet member, Leader and Chief Executive in place. Full reporting arrangements to be in place by June 2006; a system for reporting against the five outcomes for all partners is to be developed by July.'] },
    ],
  },
];
