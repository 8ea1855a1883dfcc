// Turns a pasted plain-text job description into a draft posting. Pure and free of server
// imports: the admin's browser preview runs it too.
import type { EmploymentType, WorkplaceType } from '@/lib/domain/job-enums';
import { employmentOf, parsePay, workplaceOf, type ImportedPay } from './meta-text';

export type { ImportedPay };
export type ImportedJob = {
  title: string;
  summary: string;
  descriptionMarkdown: string;
  pay: ImportedPay | null;
  workplaceType: WorkplaceType | null;
  employmentType: EmploymentType | null;
  warnings: string[];
};

type SectionKey = 'summary' | 'responsibilities' | 'required' | 'preferred' | 'other' | MetaKey;
type MetaKey = 'pay' | 'workplace' | 'employment';
type Block = { kind: 'p'; text: string } | { kind: 'list'; items: string[] };
type Section = { heading: string | null; key: SectionKey | null; blocks: Block[] };
type Meta = { pay: ImportedPay | null; workplace: WorkplaceType | null; employment: EmploymentType | null };

const HEADINGS: Record<SectionKey, string[]> = {
  summary: ['position summary', 'summary', 'job summary', 'role summary', 'about the role', 'about the job', 'about this role', 'about the position', 'overview', 'role overview', 'position overview', 'job overview', 'the role', 'description', 'job description'],
  responsibilities: ['key responsibilities', 'responsibilities', 'duties', 'key duties', 'duties and responsibilities', 'responsibilities and duties', "what you'll do", 'what you will do', 'your responsibilities', 'your role', 'day to day'],
  required: ['required qualifications', 'requirements', 'qualifications', 'minimum qualifications', 'basic qualifications', "what you'll need", 'what you will need', 'what you bring', "what we're looking for", 'who you are', 'skills', 'required skills', 'skills and experience', 'experience', 'must have', 'must haves'],
  preferred: ['preferred qualifications', 'nice to have', 'nice to haves', 'bonus points', 'preferred skills', 'desired qualifications', 'pluses'],
  other: ['benefits', 'perks', 'what we offer', 'perks and benefits', 'benefits and perks', 'why join us', 'about us', 'about the company', 'who we are', 'our team', 'how to apply', 'application process', 'schedule', 'education', 'equal opportunity', 'equal opportunity employer'],
  pay: ['pay', 'salary', 'compensation', 'pay range', 'salary range', 'wage'],
  workplace: ['work location', 'location', 'workplace', 'workplace type', 'work arrangement'],
  employment: ['job type', 'job types', 'employment type'],
};
const META_KEYS: Record<MetaKey, RegExp> = {
  pay: /^(pay|salary|wages?|compensation|base (pay|salary)|(pay|hourly) rate|rate|(pay|salary|compensation) range)$/i,
  workplace: /^(work location|location|workplace( type)?|work (arrangement|model|setting)|location type)$/i,
  employment: /^(job types?|employment( type)?|contract type|position type)$/i,
};
const META = Object.keys(META_KEYS) as MetaKey[];
const EMPTY: ImportedJob = { title: '', summary: '', descriptionMarkdown: '', pay: null, workplaceType: null, employmentType: null, warnings: [] };
const BULLET = /^(?:[•·▪◦‣●■➢➤►✓✔]\s*|[-*–—]\s+|\d{1,2}[.)]\s+)(.*)$/;

export function importJobDescription(text: string): ImportedJob {
  const warnings: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
    .map((raw) => ({ text: raw.trim(), indented: /^\s+\S/.test(raw) }));
  const first = lines.findIndex((l) => l.text !== '');
  const firstLine = lines[first]?.text ?? '';
  if (!firstLine) return { ...EMPTY, warnings: ['The text is empty'] };
  // A first line that reads like a sentence or a heading is content, not a title.
  const titleIsContent = /[.!?]$/.test(firstLine) || headingKey(firstLine) !== null;
  const title = headingKey(firstLine) !== null ? '' : cleanTitle(firstLine);
  if (!title) warnings.push('No title found');
  else if (title.length > 100) warnings.push('The title looks long; check it');

  const meta: Meta = { pay: null, workplace: null, employment: null };
  let payLineSeen = false;
  const sections: Section[] = [{ heading: null, key: null, blocks: [] }];
  let current = sections[0]!;
  let joinable = false;

  // Reads a "Key: value" line (or a line under a Pay/Location/Job type heading); true when consumed.
  const takeMeta = (line: string): boolean => {
    const kv = /^([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(.+)$/.exec(line.replace(/\*/g, ''));
    const kvKey = kv ? META.find((k) => META_KEYS[k].test(kv[1]!.trim())) : undefined;
    const key = kvKey ?? META.find((k) => k === current.key);
    if (!key) return false;
    const value = kvKey && kv ? kv[2]! : line;
    if (key === 'pay') {
      const parsed = parsePay(value);
      if (typeof parsed === 'string') {
        if (kvKey) warnings.push(`Could not read the pay in “${line}”: ${parsed}`);
        payLineSeen ||= Boolean(kvKey);
        return false;
      }
      payLineSeen = true;
      meta.pay ??= parsed;
      return true;
    }
    const found = key === 'workplace' ? workplaceOf(value) : employmentOf(value);
    if (!found) return false;
    if (key === 'workplace') meta.workplace ??= found as WorkplaceType;
    else meta.employment ??= found as EmploymentType;
    return true;
  };

  for (let i = titleIsContent ? first : first + 1; i < lines.length; i++) {
    const { text: line, indented } = lines[i]!;
    if (!line) { joinable = false; continue; }
    if (takeMeta(line)) { joinable = false; continue; }
    const bare = line.replace(/\*/g, '').replace(/\.$/, '').trim();
    if (/^(remote|hybrid|on-?site|in person)$/i.test(bare)) { meta.workplace ??= workplaceOf(bare); continue; }
    if (/^(full|part)[- ]time$|^(contract|temporary|internship)$/i.test(bare)) { meta.employment ??= employmentOf(bare); continue; }
    const bullet = BULLET.exec(line);
    if (bullet) {
      const last = current.blocks.at(-1);
      if (last?.kind === 'list') last.items.push(bullet[1]!.trim());
      else current.blocks.push({ kind: 'list', items: [bullet[1]!.trim()] });
      joinable = false;
      continue;
    }
    const next = lines.slice(i + 1).find((l) => l.text !== '')?.text;
    const key = headingKey(line) ?? (looksLikeHeading(line, next) ? 'other' : null);
    if (key) {
      const heading = line.replace(/^#{1,6}\s+/, '').replace(/\*/g, '').replace(/\s*:\s*$/, '').trim();
      current = { heading, key, blocks: [] };
      sections.push(current);
      joinable = false;
      continue;
    }
    const last = current.blocks.at(-1);
    if (last?.kind === 'p' && joinable) last.text += ` ${line}`;
    else if (last?.kind === 'list' && indented) last.items[last.items.length - 1] += ` ${line}`;
    else current.blocks.push({ kind: 'p', text: line });
    // Hard-wrapped text: a line that does not end a sentence continues on the next one.
    joinable = !/[.!?:;]$/.test(line);
  }

  const visible = sections.filter((s) => s.blocks.length > 0);
  if (!visible.some((s) => s.key !== null && s.key !== 'other')) {
    warnings.push('No recognised sections; the whole text became the description');
  }
  const paragraphs = (s: Section | undefined) => s?.blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : [])) ?? [];
  let summary = paragraphs(sections.find((s) => s.key === 'summary')).join(' ');
  if (!summary) {
    summary = visible.flatMap(paragraphs)[0] ?? '';
    warnings.push(summary ? 'No summary section found; used the first paragraph' : 'No summary found');
  }

  // Last resorts: "Engineer (Remote)" / "Analyst – Contract" in the title, "full-time" anywhere.
  meta.workplace ??= workplaceOf(/[(\[|–—-]\s*(remote|hybrid|on-?site)\b/i.exec(title)?.[1] ?? '');
  meta.employment ??= employmentOf(/[(\[|–—-]\s*((full|part)[- ]time|contract|temporary|internship)\b/i.exec(title)?.[1] ?? '')
    ?? employmentOf(/\b(full|part)[- ]time\b/i.exec(text)?.[0] ?? '');
  if (!payLineSeen) warnings.push('No pay range found');
  if (!meta.workplace) warnings.push('No workplace type found (on-site, hybrid or remote)');
  if (!meta.employment) warnings.push('No employment type found (full-time, part-time, contract…)');

  // Pay/location/job-type lines were consumed above; what is left of those sections stays.
  const descriptionMarkdown = visible
    .map((s) => [s.heading ? `## ${escapeInline(s.heading)}` : null, ...s.blocks.map(blockMarkdown)].filter(Boolean).join('\n\n'))
    .join('\n\n');
  const { pay, workplace: workplaceType, employment: employmentType } = meta;
  return { title, summary, descriptionMarkdown, pay, workplaceType, employmentType, warnings };
}

function cleanTitle(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').replace(/\*/g, '').replace(/^(job title|title|position|role)\s*:\s*/i, '')
    .replace(/^job description\s*[:—–-]\s*/i, '').replace(/\s*(?:[—–-]|:)\s*job description$/i, '').trim();
}

function normalizeHeading(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').replace(/[*_]/g, '').replace(/\s*:\s*$/, '').replace(/’/g, "'").replace(/&/g, 'and')
    .replace(/\s+/g, ' ').trim().toLowerCase();
}

function headingKey(line: string): SectionKey | null {
  if (BULLET.test(line) || /[.!?,;]$/.test(line)) return null;
  const name = normalizeHeading(line);
  const key = (Object.keys(HEADINGS) as SectionKey[]).find((k) => HEADINGS[k].includes(name));
  return key ?? (/^#{1,6}\s+\S/.test(line) ? 'other' : null);
}

function looksLikeHeading(line: string, next: string | undefined): boolean {
  const name = line.replace(/\s*:\s*$/, '');
  return next !== undefined && BULLET.test(next) && name.length <= 60 && name.split(/\s+/).length <= 6
    && !/[.!?,;:]/.test(name) && /^[\p{Lu}\p{N}*#]/u.test(name);
}

function blockMarkdown(block: Block): string {
  if (block.kind === 'p') return escapeLineStart(escapeInline(block.text));
  const leads = block.items.map(leadIn);
  // Bold lead-ins only in responsibility-style lists, where most bullets have one, so that a
  // qualification like "Strong testing discipline: unit, …" stays plain.
  const leadStyle = leads.filter(Boolean).length * 2 >= block.items.length;
  return block.items.map((item, i) => {
    const lead = leads[i];
    if (lead && (leadStyle || lead.marked)) return `- **${escapeInline(lead.lead)}:** ${escapeInline(lead.rest)}`;
    return `- ${escapeLineStart(escapeInline(item))}`;
  }).join('\n');
}

function leadIn(item: string): { lead: string; rest: string; marked: boolean } | null {
  const m = /^([^:]{1,80}):(.*)$/.exec(item);
  if (!m) return null;
  // Mends broken bold markup such as "System design &* architecture:* Architect …".
  const lead = m[1]!.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  const rest = m[2]!.replace(/^[\s*]+/, '').trim();
  const ok = lead && rest && lead.split(' ').length <= 6 && !/[.!?;]/.test(lead) && !rest.startsWith('//') && !(/\d$/.test(lead) && /^\d/.test(rest));
  return ok ? { lead, rest, marked: /\*/.test(m[1]!) || /^\s*\*/.test(m[2]!) } : null;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// Escapes only what markdown would otherwise interpret, so the rendered text equals the source.
function escapeInline(s: string): string {
  return s.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\').replace(/[`*[~]/g, '\\$&').replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?\w+;)/g, '\\&').replace(/_/g, (m, at: number, str: string) => (isWordChar(str[at - 1]) && isWordChar(str[at + 1]) ? m : '\\_'));
}

function escapeLineStart(s: string): string {
  if (/^\d{1,9}[.)](\s|$)/.test(s)) return s.replace(/^(\d+)/, '$1\\');
  return /^(#|>|[-+=](\s|[-=]*$))/.test(s) ? `\\${s}` : s;
}
