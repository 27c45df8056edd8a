/* global console */
// `npm start` builds the web app only when its sources are newer than the last build
// (a full Vite build takes 10-15 s; most starts change nothing in src/web).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'dist/web/index.html';
const inputs = ['src/web', 'src/core', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt > Math.max(...inputs.map(newest))) {
  console.log('网页已是最新构建，跳过 vite build');
} else {
  console.log('正在构建网页（vite build）…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
