// met-with: two named people met, held talks, spoke, or one hosted or received the other.
// Cues come from meeting-verbs.txt with how their participants are found: a subject before
// the cue and objects after it, a person right after the cue ("told A"), or a group listed
// after it ("attended by A, B and C": every pair).
import type { ExtractedRelation } from '../types';
import { findObjects, frontedClauseEnd, subjectsOf } from './arguments';
import { cueClasses, cueKey, findCues } from './cues';
import { calledOff, modalityOf } from './modality';
import { between, textAfter, textBefore, insideItem, type Item, type SentenceView } from './view';

/** "with" and a title right before a partner: "signed the deal with Foreign Minister A". */
const WITH_BEFORE = /\bwith\s+(?:(?:the|his|her|their)\s+|[\p{Lu}][\p{L}.'’-]*\s+)*$/u;

/** "between" right before the first person after a cue. */
const BETWEEN = /\bbetween\s+(?:(?:the|his|her|their)\s+|[\p{Lu}][\p{L}.'’-]*\s+|[\p{Ll}]+\s+){0,3}$/u;

/** Cues that are nouns unless a verb form leads them ("is meeting A", "when meeting A"). */
const NOUN_CUE = /^(?:meeting|meetings|talks)$/;
const VERB_LEAD = /\b(?:is|are|was|were|be|been|being|am|when|while|after|before|by|of|for|upon|without|not)\s+(?:(?:today|also|still|now|again|reportedly|\p{Ll}+ly)\s+)?$/iu;
/** "with" or "between" within a few words after a noun cue ("meeting in Oslo with A"). */
const PARTNER_LEAD = /^\s*(?:[\p{L}\d,.'’-]+\s+){0,3}?(?:with|between)\s/iu;

/** A passive before a direct cue ("A was received by B"): the partner is the agent after "by". */
const PASSIVE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/iu;
const BY_AGENT = /\bby\s+(?:(?:the|his|her|their)\s+|[\p{Lu}][\p{L}.'’-]*\s+)*$/u;
/** "hosted a delegation (from Abc) led by B": the host met the delegation's leader. */
const LED_GROUP = /^\s*(?:a|an|the)\s+[^;:"“”]*?\b(?:delegation|mission)\b[^;:"“”]*?\b(?:led|headed)\s+by\s+(?:(?:the|his|her|their)\s+|[\p{Lu}][\p{L}.'’-]*\s+)*$/u;

/** The partners of a direct cue read through a passive or a led delegation, if either stands there. */
function agentsOrLeaders(view: SentenceView, cueStart: number, cueEnd: number): Item[] | undefined {
  const passive = PASSIVE.test(textBefore(view, cueStart));
  const objects = uniqueEntities(findObjects(view, cueEnd, undefined, { maxGap: passive ? 8 : 14 }));
  const first = objects[0];
  if (!first) return undefined;
  const gap = between(view, cueEnd, first.start);
  return (passive && BY_AGENT.test(gap)) || LED_GROUP.test(gap) ? objects : undefined;
}

/** Most people at one table whose every pair counts as having met. */
const MAX_GROUP = 6;

/** A bare cue ("met", "held talks") with a plural subject and no object: the subjects met. */
const BARE_CUE = /^(?:met|meet|meets|meeting|meetings|talks|held talks|holds talks|hold talks)$/i;

function pairs(a: Item[], b: Item[]): Array<[Item, Item]> {
  const out: Array<[Item, Item]> = [];
  for (const x of a) for (const y of b) if (x.entity !== y.entity) out.push([x, y]);
  return out;
}

function allPairs(items: Item[]): Array<[Item, Item]> {
  const out: Array<[Item, Item]> = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) out.push([items[i] as Item, items[j] as Item]);
  return out;
}

function uniqueEntities(items: Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.entity) && (seen.add(i.entity), true));
}

export function extractMetWith(views: SentenceView[]): ExtractedRelation[] {
  const classes = cueClasses('meeting-verbs');
  const out: ExtractedRelation[] = [];
  for (const view of views) {
    if (view.items.filter((i) => i.kind === 'person').length < 2) continue;
    for (const cue of findCues('meeting-verbs', view.sentence.text, view.sentence.start)) {
      if (insideItem(view, cue.start, cue.end)) continue;
      const kind = classes.get(cueKey(cue.text)) ?? 'verb';
      const modality = modalityOf(textBefore(view, cue.start));
      if (modality === 'negated' || calledOff(textAfter(view, cue.end))) continue;
      const limit = frontedClauseEnd(view, cue.start);
      const found: Array<[Item, Item]> = [];
      if (kind === 'group') {
        const group = uniqueEntities(findObjects(view, cue.end, undefined, { maxGap: 6 }));
        if (group.length <= MAX_GROUP) {
          found.push(...allPairs(group));
        }
      } else if (kind === 'joint') {
        const subjects = uniqueEntities(subjectsOf(view, cue.start));
        const objects = uniqueEntities(findObjects(view, cue.end, undefined, { maxGap: 8 }));
        const first = objects[0];
        const partners = first && WITH_BEFORE.test(between(view, cue.end, first.start)) ? objects : [];
        found.push(...pairs(subjects, partners));
        if (!partners.length && subjects.length >= 2 && subjects.length <= MAX_GROUP) found.push(...allPairs(subjects));
      } else {
        const subjects = uniqueEntities(subjectsOf(view, cue.start));
        const options = kind === 'direct' ? { direct: true, maxGap: 6 } : limit === undefined ? {} : { limit };
        let objects = (kind === 'direct' ? agentsOrLeaders(view, cue.start, cue.end) : undefined) ?? uniqueEntities(findObjects(view, cue.end, undefined, options));
        const firstObject = objects[0];
        // The noun ("the meeting chaired by A") takes its partner only through "with" or "between".
        const noun = NOUN_CUE.test(cueKey(cue.text)) && !VERB_LEAD.test(textBefore(view, cue.start));
        if (noun && firstObject && !PARTNER_LEAD.test(between(view, cue.end, firstObject.start))) objects = [];
        // A noun opening the sentence ("Talks between A, B and C covered ...") is its subject, not a
        // fronted clause: its "between" list runs on past the commas.
        if (noun && limit !== undefined && firstObject && BETWEEN.test(between(view, cue.end, firstObject.start))) {
          objects = uniqueEntities(findObjects(view, cue.end));
        }
        // "talks between A and B": the people listed met each other.
        if (firstObject && BETWEEN.test(between(view, cue.end, firstObject.start))) found.push(...allPairs(objects));
        else if (objects.length) found.push(...pairs(subjects, objects));
        else if (BARE_CUE.test(cueKey(cue.text)) && subjects.length >= 2 && subjects.length <= MAX_GROUP) {
          found.push(...allPairs(subjects));
        }
      }
      for (const [a, b] of found) {
        const relation: ExtractedRelation = {
          source: a.entity,
          target: b.entity,
          relation: 'met-with',
          evidence: [view.evidence],
          rule: `met-with:${kind}:${cueKey(cue.text)}`,
        };
        if (modality === 'planned') relation.status = 'planned';
        out.push(relation);
      }
    }
  }
  return out;
}
