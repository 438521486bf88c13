import { cpus, totalmem } from 'node:os';
import { advantage, type Figure } from './figures.ts';

const format = (value: number | undefined) =>
  value === undefined ? '' : Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);

export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
}

/** A Markdown table: also readable as plain text in a terminal. */
export function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ratio = advantage(f);
    return `| ${f.scenario} | ${f.metric} | ${format(f.ours)} ${f.unit} | ${f.reference === undefined ? '—' : `${format(f.reference)} ${f.unit}`} | ${ratio === undefined ? '—' : `${ratio.toFixed(2)}×`} | ${f.note ?? ''} |`;
  });
  return [
    '| scenario | metric | Sketchroom | reference | advantage | note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
