// A chart drawn with Observable Plot. Every chart has a text alternative and a data table next to it;
// the drawing itself is decorative for screen readers (the table carries the numbers).
import type * as PlotNS from '@observablehq/plot';
import { useEffect, useId, useRef } from 'react';
import { Paragraph } from './Paragraph.tsx';

export interface ChartProps {
  title: string;
  description: string;
  /** Builds the Plot; receives the Plot module and the available width in pixels. */
  render: (plot: typeof PlotNS, width: number) => (SVGSVGElement | HTMLElement) | null;
}

export function Chart({ title, description, render }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const descriptionId = useId();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let lastWidth = 0;
    let plotModule: typeof PlotNS | null = null;

    const draw = () => {
      if (!plotModule || cancelled) return;
      const width = Math.floor(container.clientWidth);
      if (width === lastWidth || width <= 0) return;
      lastWidth = width;
      const element = render(plotModule, width);
      container.replaceChildren();
      if (element) {
        element.setAttribute('aria-hidden', 'true');
        element.setAttribute('focusable', 'false');
        container.append(element);
      }
    };

    // Plot is loaded on demand so pages without charts stay small.
    void import('@observablehq/plot').then((module) => {
      plotModule = module;
      draw();
    });
    const observer = new ResizeObserver(draw);
    observer.observe(container);
    return () => {
      cancelled = true;
      observer.disconnect();
      container.replaceChildren();
    };
  }, [render]);

  return (
    <figure className="regie-chart" aria-describedby={descriptionId}>
      <figcaption className="regie-chart__title">{title}</figcaption>
      <div ref={containerRef} className="regie-chart__canvas" />
      <Paragraph id={descriptionId} small>
        {description}
      </Paragraph>
    </figure>
  );
}
