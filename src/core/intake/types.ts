// What the extractor proposes. Offsets are absolute in the cleaned text, so the review screen
// highlights the words that produced each field; nothing is filled in without such words.
import type { ParsedWording } from '../targets/wording';

export type SpanField =
  | 'indicator'
  | 'value'
  | 'unit'
  | 'leadUnit'
  | 'cooperatingUnit'
  | 'leader'
  | 'deadline'
  | 'title'
  | 'candidate';

export interface Span {
  start: number;
  end: number;
  field: SpanField;
}

export type ProposalStatus = 'pending' | 'accepted' | 'rejected';

interface ProposalBase {
  id: string;
  /** The section title the words sit under ('' before the first heading). */
  section: string;
  sectionIndex: number;
  /** The source sentence (or bullet) range. */
  start: number;
  end: number;
  spans: Span[];
  /** 0–1: how much of the proposal the rules read from the words. */
  confidence: number;
  /** Chinese notes on what the rules could not read; a person decides. */
  flags: string[];
  status: ProposalStatus;
}

export interface TargetLine {
  indicatorName: string | null;
  parsed: ParsedWording;
  meaning: string;
}

/** A 主要预期目标 phrase, or a countable commitment (新增规上企业450家) as a count target. */
export interface TargetProposal extends ProposalBase {
  kind: 'target';
  origin: 'expected' | 'count';
  wording: string;
  lines: TargetLine[];
  /** Unit of measure of a count target (家, 个 …); null for expected targets. */
  measureUnit: string | null;
}

export interface TaskDeadline {
  /** A date read from the words (年底前 → 12-31), or null: the deadline rule applies. */
  due: string | null;
  words: string | null;
  ruleCode: string;
  complexity: 'ordinary' | 'complex';
}

/** A key-work item as a draft matter. */
export interface TaskProposal extends ProposalBase {
  kind: 'task';
  title: string;
  content: string;
  leadUnitIds: string[];
  cooperatingUnitIds: string[];
  leadLeader: string;
  deadline: TaskDeadline;
}

/** A named project or enterprise, for the projects and enterprises modules (text only). */
export interface CandidateProposal extends ProposalBase {
  kind: 'candidate';
  candidateKind: 'project' | 'enterprise';
  name: string;
}

export type Proposal = TargetProposal | TaskProposal | CandidateProposal;

export interface Extraction {
  text: string;
  planYear: number;
  sections: Array<{ title: string; level: number; start: number; end: number }>;
  proposals: Proposal[];
}
