// A comment on one commitment. The server checks the text (an empty one gets its Dutch message at the field); on
// success the agreement comes back with the comment in it, so the list above shows it at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem.ts';
import { Alert, Button, ButtonGroup, Form, Paragraph, TextAreaField } from '../../components/index.ts';
import { agreementQuery, postComment } from './api.ts';
import { agreementTexts as tx } from './texts.ts';

const t = tx.comments;

export function CommentForm({ agreementId, commitmentId }: { agreementId: string; commitmentId: string }) {
  const queryClient = useQueryClient();
  const id = `reactie-${commitmentId}`;
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [general, setGeneral] = useState<string>();
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: (text: string) => postComment(agreementId, commitmentId, text),
    onSuccess: (updated) => {
      queryClient.setQueryData(agreementQuery(agreementId).queryKey, updated);
      setBody('');
      setSaved(true);
    },
    onError: (error) => {
      const field =
        error instanceof ApiError ? error.fieldErrors.find((f) => f.path === 'body')?.message : undefined;
      setFieldError(field);
      setGeneral(field ? undefined : errorMessage(error));
      if (field) document.getElementById(id)?.focus();
    },
  });

  const submit = () => {
    if (save.isPending) return;
    setSaved(false);
    setFieldError(undefined);
    setGeneral(undefined);
    save.mutate(body);
  };

  return (
    // No form name: one such form per commitment, and landmarks must be told apart by their names.
    <Form onSubmit={submit} className="regie-agreement-comment-form">
      {general && (
        <Alert type="error">
          <Paragraph>{general}</Paragraph>
        </Alert>
      )}
      <TextAreaField
        id={id}
        label={t.label}
        description={t.description}
        value={body}
        onChange={(value) => {
          setBody(value);
          setSaved(false);
        }}
        error={fieldError}
        rows={3}
      />
      <ButtonGroup>
        <Button type="submit" variant="secondary" busy={save.isPending}>
          {save.isPending ? t.submitting : t.submit}
        </Button>
      </ButtonGroup>
      <div role="status" className="regie-agreement-comment-form__status">
        {saved && <Paragraph>{t.saved}</Paragraph>}
      </div>
    </Form>
  );
}
