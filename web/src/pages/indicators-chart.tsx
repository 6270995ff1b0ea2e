import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  type Plugin,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { Indicators } from '../../../src/contracts/reports.contract';
import { t } from '../i18n';
import './reports.i18n';

// Only the parts drawn here (Chart.js is tree-shaken; this module is loaded lazily, never at first load).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

interface TargetLine {
  label: string;
  value: number;
  colour: string;
  dash: number[];
}

/** Horizontal dashed lines across the whole plot at the targets, each named at its right end. */
const targetLines = (lines: TargetLine[]): Plugin<'bar'> => ({
  id: 'targetLines',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    for (const l of lines) {
      const y = scales.y!.getPixelForValue(l.value);
      ctx.save();
      // A white halo first, so the line shows over a bar of its own colour.
      for (const [colour, width, dash] of [
        ['#ffffff', 5, []],
        [l.colour, 2, l.dash],
      ] as const) {
        ctx.strokeStyle = colour;
        ctx.lineWidth = width;
        ctx.setLineDash([...dash]);
        ctx.beginPath();
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
        ctx.stroke();
      }
      ctx.setLineDash([]);
      ctx.fillStyle = l.colour;
      ctx.font = '12px sans-serif';
      ctx.textAlign = 'left';
      ctx.fillText(`${l.label} ${l.value}%`, chartArea.right + 6, y + 4);
      ctx.restore();
    }
  },
});

type Cell = Indicators['byYear'][number];

/** Colours with at least 3 : 1 contrast on white (WCAG 1.4.11), told apart by pattern too (dashed targets). */
const COLOURS = { employment: '#1f5fa8', social: '#1a7f37', target: '#333333', kpres: '#8a4b00' };

/**
 * The two effectiveness rates per group as bars, with the centre's targets and the KPRES 40 % as lines.
 * A picture for sighted users only: the table under it holds the same figures (the canvas says so).
 */
export default function IndicatorsChart({
  title,
  cells,
  targets,
  kpres,
  tableId,
}: {
  title: string;
  cells: Cell[];
  targets: Indicators['targets'];
  kpres: number;
  tableId: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const labels = cells.map((c) => c.key);
    const chart = new Chart(canvas.current, {
      type: 'bar',
      plugins: [
        targetLines([
          {
            label: t('ind.employmentTarget'),
            value: targets.employment.value,
            colour: COLOURS.employment,
            dash: [6, 4],
          },
          { label: t('ind.socialTarget'), value: targets.social.value, colour: COLOURS.social, dash: [2, 3] },
          { label: t('ind.kpres'), value: kpres, colour: COLOURS.kpres, dash: [10, 3, 2, 3] },
        ]),
      ],
      data: {
        labels,
        datasets: [
          {
            label: t('ind.employmentRate'),
            data: cells.map((c) => c.employmentRate ?? 0),
            backgroundColor: COLOURS.employment,
          },
          {
            label: t('ind.socialRate'),
            data: cells.map((c) => c.socialRate ?? 0),
            backgroundColor: COLOURS.social,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: { right: 150 } },
        scales: {
          y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (i) => `${i.dataset.label ?? ''}: ${i.formattedValue}%` } },
        },
      },
    });
    return () => chart.destroy();
  }, [cells, targets, kpres]);
  return (
    <div className="indicator-chart" style={{ position: 'relative', height: 260, maxWidth: 720 }}>
      <canvas ref={canvas} role="img" aria-label={t('ind.chart', { title })} aria-describedby={tableId} />
    </div>
  );
}
