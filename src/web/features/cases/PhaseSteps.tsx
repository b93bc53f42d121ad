// The case's place in its lifecycle: the seven phases as an ordered list, the current one marked in words
// ("nu") and with aria-current, so it is not told by colour or position alone.
import { useQuery } from '@tanstack/react-query';
import { lifecycleQuery } from '../../api/cases.ts';
import { Paragraph, VisuallyHidden } from '../../components/index.ts';
import { phaseSteps } from './caseForms.ts';
import { type CasePhase, caseTexts, phaseLabel } from './labels.ts';

const d = caseTexts.detail;
const STATE_TEXT = { done: d.stepDone, current: d.stepCurrent, todo: d.stepTodo } as const;

export function PhaseSteps({ phase, lifecycleVersion }: { phase: CasePhase; lifecycleVersion: number }) {
  // What the phase means, in words, from the lifecycle the case follows (only when it is the current version).
  const lifecycle = useQuery(lifecycleQuery);
  const description =
    lifecycle.data?.version === lifecycleVersion
      ? lifecycle.data.phases.find((p) => p.code === phase)?.description
      : undefined;
  return (
    <div className="regie-case-steps">
      <Paragraph>
        <strong>{d.currentPhase(phaseLabel(phase))}</strong>
        {description && ` ${description}`}
      </Paragraph>
      <ol className="regie-case-steps__list" aria-label={d.phasesLabel}>
        {phaseSteps(phase).map((step) => (
          <li
            key={step.code}
            className={`regie-case-steps__step regie-case-steps__step--${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            {step.label}
            {step.state === 'current' ? (
              <strong> ({STATE_TEXT.current})</strong>
            ) : (
              <VisuallyHidden> ({STATE_TEXT[step.state]})</VisuallyHidden>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
