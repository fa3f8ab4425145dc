import type { FrameName } from '../lexicon/schema.js'
import { active } from './active.js'
import { backed } from './backed.js'
import { between } from './between.js'
import { compound } from './compound.js'
import { gathered } from './gathered.js'
import { judged } from './judged.js'
import { obliged } from './obliged.js'
import { nominal } from './nominal.js'
import { pair } from './pair.js'
import { passive } from './passive.js'
import { provoked } from './provoked.js'
import { relative } from './relative.js'
import { reverse } from './reverse.js'
import type { Frame } from './types.js'

/** Every frame by the name lexicon entries use. */
export const FRAMES: Readonly<Record<FrameName, Frame>> = { active, passive, nominal, between, pair, compound, reverse, relative, judged, obliged, provoked, gathered, backed }
