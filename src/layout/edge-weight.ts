// How strongly an edge pulls its ends together in ForceAtlas2: by its evidence, a typed relation
// TYPED_PULL times as strongly as a co-mention, so stated relations shape the picture and the
// co-mention layer (entities of one story) holds together what they leave unconnected.
import { CO_MENTION } from '../schema';
import type { EdgeAttributes } from '../types';

export const TYPED_PULL = 3;

export function layoutEdgeWeight(_edge: string, attributes: EdgeAttributes): number {
  const weight = Number.isFinite(attributes.weight) && attributes.weight > 0 ? attributes.weight : 1;
  return attributes.relation === CO_MENTION ? weight : TYPED_PULL * weight;
}
