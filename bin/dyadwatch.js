#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
import { runFromProcess } from '../dist/cli/main.js';

runFromProcess();
