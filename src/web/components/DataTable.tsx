// A data table (NL DS Utrecht Table) with a caption, column headers and keyboard-scrollable overflow.
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReactNode, useId, useRef } from 'react';
import { useOverflowInline } from './useOverflowInline.ts';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Right-align numbers. */
  numeric?: boolean;
  /** This column names the row (rendered as a row header). */
  rowHeader?: boolean;
}

export interface DataTableProps<T> {
  caption: string;
  /** Hide the caption visually (it stays available to screen readers), e.g. when a heading says the same. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  busy?: boolean;
  /** On narrow screens show each row as a block of "header: value" lines instead of a sideways-scrolling table. */
  stacked?: boolean;
}

export function DataTable<T>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  busy,
  stacked,
}: DataTableProps<T>) {
  const captionId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const overflowing = useOverflowInline(containerRef);
  return (
    // On narrow screens the table scrolls sideways inside its container (never the page). While it does,
    // the container is a focusable, named region so keyboard users can scroll it too.
    <TableContainer
      overflowInline
      ref={containerRef}
      className={stacked ? 'regie-table regie-table--stacked' : 'regie-table'}
      role={overflowing ? 'region' : undefined}
      aria-labelledby={overflowing ? captionId : undefined}
      tabIndex={overflowing ? 0 : undefined}
    >
      <Table busy={busy} aria-busy={busy || undefined}>
        <TableCaption id={captionId} className={captionHidden ? 'regie-visually-hidden' : undefined}>
          {caption}
        </TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.key}
                scope="col"
                className={column.numeric ? 'regie-numeric' : undefined}
              >
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <TableHeaderCell
                    key={column.key}
                    scope="row"
                    data-label={stacked ? column.header : undefined}
                  >
                    {column.render(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell
                    key={column.key}
                    className={column.numeric ? 'regie-numeric' : undefined}
                    data-label={stacked ? column.header : undefined}
                  >
                    {column.render(row)}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
