// Reports what went into the .vsix and how big it is, so a bloated package is noticed at once.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const file = 'news-annotator.vsix';
const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).trim().split('\n');
console.log(`${file}: ${(fs.statSync(file).size / 1024).toFixed(1)} KB, ${files.length} files`);
for (const f of files) console.log(`  ${f}`);
