import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_FILE_GLOBS } from '../../../src/core/articleScope';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: {
    commands: Array<{ command: string; title: string }>;
    keybindings: Array<{ command: string; key: string; mac?: string; when?: string }>;
    configuration: Array<{ properties: Record<string, { default?: unknown; scope?: string }> }>;
    walkthroughs: Array<{ steps: Array<{ media: { markdown?: string; image?: string } }> }>;
    jsonValidation: Array<{ fileMatch: string[]; url: string }>;
  };
  activationEvents: string[];
};
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const setting = (key: string): { default?: unknown; scope?: string } | undefined => manifest.contributes.configuration.map((c) => c.properties[key]).find(Boolean);

describe('manifest: review flow', () => {
  it('leaves the repository files out by default', () => {
    const exclude = setting('newsAnnotator.exclude')?.default as string[];
    for (const g of REPOSITORY_FILE_GLOBS) assert.ok(exclude.includes(g), g);
  });

  it('lets a folder set its articles and exclusions', () => {
    assert.equal(setting('newsAnnotator.articles')?.scope, 'resource');
    assert.equal(setting('newsAnnotator.articles')?.default, undefined, 'unset by default, so the default scope applies');
    assert.equal(setting('newsAnnotator.exclude')?.scope, 'resource');
  });

  it('binds no Ctrl+Alt key on Windows and Linux (AltGr) and no bare Ctrl+Z', () => {
    for (const k of manifest.contributes.keybindings) {
      assert.ok(!/ctrl\+alt|alt\+ctrl/.test(k.key), `${k.command}: ${k.key}`);
      assert.notEqual(k.key, 'ctrl+z');
      assert.ok(k.when?.includes('newsAnnotator.active'), `${k.command} only works in articles`);
    }
  });

  it('binds only commands it contributes, each with a title', () => {
    const ids = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const k of manifest.contributes.keybindings) assert.ok(ids.has(k.command), k.command);
    for (const c of manifest.contributes.commands) {
      const m = /^%(.+)%$/.exec(c.title);
      if (m) assert.ok(nls[m[1] as string], `${c.command} has a title in package.nls.json`);
    }
  });

  it('ships the walkthrough media and the schema it validates the workspace file with', () => {
    for (const w of manifest.contributes.walkthroughs) {
      for (const s of w.steps) assert.ok(existsSync(join(root, (s.media.markdown ?? s.media.image) as string)));
    }
    const v = manifest.contributes.jsonValidation.find((j) => j.fileMatch.includes('news-annotations.json'));
    assert.ok(v && existsSync(join(root, v.url)));
  });

  it('keeps activation narrow', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(!manifest.activationEvents.includes('onStartupFinished'));
  });
});
