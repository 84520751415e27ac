#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx registers its ESM loader, so no build step stands between a change and `usual`.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/usual.ts')
