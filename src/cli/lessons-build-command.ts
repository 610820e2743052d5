/** `junction lessons build`: compiles lesson files to the JSON an embed loads without a markdown parser. */
import { basename, join, relative } from 'node:path';
import { compileLesson } from '../core/lessons/compile-lesson.js';
import { COMPILED_BASE, compiledFileText } from '../core/lessons/compiled-file.js';
import { msg } from '../core/messages/message.js';
import { renderMessage } from '../core/messages/render.js';
import type { Command } from './command.js';
import { takeLangOption } from './lang-option.js';
import { takeValueOption } from './value-option.js';
import { formatProblem } from './lesson-problems.js';

const decoder = new TextDecoder('utf-8');

/** Where the compiled file of `file` (found under `root`) goes: beside it, or the same place under `out`. */
export function compiledPath(file: string, root: string, out: string | null): string {
  const name = file.replace(/\.md$/i, '.json');
  if (out === null) return name;
  const inside = relative(root, name);
  return join(out, inside === '' || inside.startsWith('..') ? basename(name) : inside);
}

export const lessonsBuildCommand: Command = {
  name: ['lessons', 'build'],
  summary: 'Compile lesson files to JSON for <junction-lesson src="….json">',
  help: `Usage: junction lessons build [files or folders…] [--out DIR] [--lang en|ru]

Compiles lessons written in the Junction lesson format (docs/lesson-format.md) to JSON: the
parsed lesson, its markdown rendered to HTML and its SQL highlighted. An embed given such a file
(<junction-lesson src="lesson.json">, embed.html#src=lesson.json) loads no markdown or YAML
parser and no SQL grammar: less to download on a course page. The HTML is still sanitised on the
page, like any lesson's.

With no arguments it compiles the lessons/ folder. Folders are searched for .md files.
Each LESSON.md is written as LESSON.json beside it, or with --out DIR under DIR, keeping the
folders below the argument (lessons/en/01.md with --out site gives site/en/01.json). Images
and links in a lesson resolve against where its .json is served, as they do for its .md.

Parser warnings are printed as file:line: message (the file is still written); run
\`junction lessons check\` to prove the solutions and wrong answers too.
--lang en|ru writes the messages and the summary in English (the default) or Russian.
Exit status: 0 when every lesson compiled without a warning, 1 when any had one or could not be
read, 2 on bad usage.
`,
  async run(args, io) {
    const option = takeLangOption(args);
    if (!option.ok) {
      io.stderr(`junction lessons build: ${option.message}\n`);
      return 2;
    }
    const { lang } = option;
    const { values, rest } = takeValueOption(option.rest, 'out');
    const out = values.at(-1) ?? null;
    if (out !== null && (out === '' || out.startsWith('-'))) {
      io.stderr('junction lessons build: --out needs a folder\n');
      return 2;
    }
    const unknown = rest.find((a) => a.startsWith('-'));
    if (unknown !== undefined) {
      io.stderr(`junction lessons build: unknown option ${unknown}\n`);
      return 2;
    }
    let problems = 0;
    let compiled = 0;
    for (const root of rest.length > 0 ? rest : ['lessons']) {
      let files: string[];
      try {
        files = await io.listFiles(root, '.md');
      } catch (e) {
        const reason = e instanceof Error ? e.message : 'unknown error';
        io.stderr(`${formatProblem({ file: root, line: null, message: msg('lesson.check-unreadable', { reason }) }, lang)}\n`);
        problems++;
        continue;
      }
      for (const file of files) {
        const result = compileLesson(decoder.decode(await io.readFile(file)), { fileName: file, baseUrl: COMPILED_BASE });
        for (const w of result.warnings) io.stderr(`${formatProblem({ file, line: w.line, message: w.message }, lang)}\n`);
        problems += result.warnings.length;
        const target = compiledPath(file, root, out);
        await io.writeFile(target, compiledFileText(result));
        io.stdout(`${target}\n`);
        compiled++;
      }
    }
    io.stdout(`${renderMessage(msg('lesson.build-summary', { lessons: compiled, warnings: problems }), lang)}\n`);
    return problems === 0 ? 0 : 1;
  },
};
