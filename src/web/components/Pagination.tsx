// Previous / next page navigation for paginated lists.
import { t } from '../i18n/index.ts';
import { Button, ButtonGroup } from './Button.tsx';
import { Paragraph } from './Paragraph.tsx';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (pages <= 1) return null;
  return (
    <nav className="regie-pagination" aria-label={t.pagination.label}>
      <Paragraph aria-live="polite">{t.pagination.status(page, pages)}</Paragraph>
      <ButtonGroup>
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          {t.pagination.previous}
        </Button>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
          {t.pagination.next}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
