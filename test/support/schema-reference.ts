/** A stand-in for astro:content's reference(), so schemas can be tested without Astro. */
import { z } from 'astro/zod';
import type { Reference } from '../../src/schemas/common';

export const reference = ((collection: string) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as Reference;
