/**
 * `orrery brief --at DATE [--since DATE] [--focus ARM,AZE,GEO | --pair A,B] [--scenario ID]
 * --format md|html|pdf|json [-o FILE]`: the briefing of the `brief` operation, written as Markdown,
 * one self-contained HTML file, a PDF printed from that HTML by headless Chromium, or JSON.
 */
import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { briefContract } from '../../contracts/brief.js';
import { buildBriefing } from '../../operations/briefing/operation.js';
import { renderHtml } from '../../operations/briefing/render-html.js';
import { renderMarkdown } from '../../operations/briefing/render-md.js';
import { Briefing } from '../../contracts/brief.js';
import { withStore } from '../open.js';
import { addInputOptions, operationContext, optionValues, readParams } from '../operation-command.js';
import { print, printData, printJson, safeJson } from '../output.js';
import { htmlToPdf } from '../pdf.js';

export function register(program: Command): void {
  const cmd = program.command('brief').description(briefContract.description);
  const options = addInputOptions(cmd, briefContract.input, { skip: ['format'] });
  cmd
    .addOption(
      new Option('--format <format>', 'md, html, pdf or json').choices(['md', 'html', 'pdf', 'json']).default('md'),
    )
    .option('-o, --out <file>', 'write the briefing to this file (a PDF needs one)');
  cmd.action(async (opts: Record<string, unknown>, command: Command) => {
    const format = opts.format as 'md' | 'html' | 'pdf' | 'json';
    const out = opts.out as string | undefined;
    await withStore(command, async (store) => {
      const ctx = operationContext(command, store);
      const params = await readParams(store, briefContract.input, optionValues(options, opts));
      const briefing = Briefing.parse(await buildBriefing(ctx, params));
      if (format === 'json') {
        if (out) writeFileSync(out, `${safeJson(briefing, 2)}\n`);
        else printJson(briefing);
        return;
      }
      if (format === 'md') {
        const md = renderMarkdown(briefing, params.linkBase);
        if (out) writeFileSync(out, md);
        else print(md);
        return;
      }
      const html = renderHtml(briefing, params.linkBase);
      if (format === 'html') {
        if (out) writeFileSync(out, html);
        else printData(html);
        return;
      }
      const pdf = await htmlToPdf(html);
      if (out) writeFileSync(out, pdf);
      else process.stdout.write(pdf);
    });
  });
}
