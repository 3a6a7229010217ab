// The construction table: every class of construction, in the order the report prints them.
import { firmsAndTeams } from './firms-and-teams';
import { meetingFrames } from './meeting-frames';
import { negatives } from './negatives';
import { places } from './places';
import { quotePaths } from './quote-paths';
import { roles } from './roles';
import type { ConstructionClass } from './row';
import { severalParties } from './several-parties';
import { sisterCityFrames } from './sister-city-frames';
import { subjectDescriptions } from './subject-descriptions';
import { trips } from './trips';

export const CLASSES: readonly ConstructionClass[] = [
  subjectDescriptions,
  severalParties,
  meetingFrames,
  quotePaths,
  sisterCityFrames,
  roles,
  trips,
  places,
  firmsAndTeams,
  negatives,
];
