// Every frame by the name lexicons and specs use for it.
import type { Frame, SentenceFrame } from '../site';
import { JOINER_FRAMES } from './joiners';
import { NOUN_FRAMES } from './nouns';
import { PARTICIPANT_FRAMES } from './participants';
import { PLACE_FRAMES } from './places';
import { PRESENCE_FRAMES } from './presence';
import { SEAT_FRAMES } from './seats';
import { SPEECH_FRAMES, SPEECH_SENTENCE_FRAMES } from './speech';
import { EXPECTED_FRAMES, TRIP_FRAMES, TRIP_SENTENCE_FRAMES } from './trips';

export const CUE_FRAMES: Readonly<Record<string, Frame>> = { ...PARTICIPANT_FRAMES, ...JOINER_FRAMES, ...NOUN_FRAMES, ...SPEECH_FRAMES, ...PRESENCE_FRAMES, ...SEAT_FRAMES, ...TRIP_FRAMES, ...EXPECTED_FRAMES };
export const SENTENCE_FRAMES: Readonly<Record<string, SentenceFrame>> = { ...PLACE_FRAMES, ...SPEECH_SENTENCE_FRAMES, ...TRIP_SENTENCE_FRAMES };
