import { zrmDomainLabel } from '../../../shared/zrm.ts';
import type { PlanAction, PlanContent, PlanGoal } from './plan.schema.ts';

/**
 * What changed between two versions of a plan, in Dutch sentences a resident and a professional can read.
 * Goals and actions are matched by id (ids stay the same across versions), never by position or text: rewording
 * a goal is "tekst gewijzigd", not "verwijderd + toegevoegd". Pure: no database, no clock.
 */

export type PlanChange = {
  /** Where: situation.network, goals[<id>].text, goals[<id>].actions[<id>].status … */
  path: string;
  label: string;
  change: 'toegevoegd' | 'verwijderd' | 'gewijzigd';
  before: unknown | null;
  after: unknown | null;
};

const SITUATION_LABELS: Record<keyof PlanContent['situation'], string> = {
  network: 'Netwerk',
  strengths: 'Wat gaat goed',
  worries: 'Zorgen',
  earlierHelp: 'Eerdere hulp',
};

const STATUS_LABELS: Record<PlanAction['status'], string> = {
  open: 'open',
  bezig: 'bezig',
  klaar: 'klaar',
  vervallen: 'vervallen',
};

/** A goal or action quoted in a label: its own words, cut off so a label stays one line. */
function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `'${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}'`;
}

const owner = (a: PlanAction) => `${a.owner.name} (${a.owner.kind})`;
const due = (d: string | null) => d ?? 'geen datum';

function goalPath(goal: PlanGoal) {
  return `goals[${goal.id}]`;
}

function actionPath(goal: PlanGoal, action: PlanAction) {
  return `${goalPath(goal)}.actions[${action.id}]`;
}

function diffAction(goal: PlanGoal, before: PlanAction, after: PlanAction, fromGoal: PlanGoal): PlanChange[] {
  const changes: PlanChange[] = [];
  const prefix = `Doel ${quote(goal.text)}: actie ${quote(after.description)}`;
  const path = actionPath(goal, after);
  const field = (name: string, label: string, b: unknown, a: unknown) =>
    changes.push({
      path: `${path}.${name}`,
      label: `${prefix}: ${label}`,
      change: 'gewijzigd',
      before: b,
      after: a,
    });
  if (fromGoal.id !== goal.id) {
    changes.push({
      path: `${path}.goal`,
      label: `Actie ${quote(after.description)} verplaatst van doel ${quote(fromGoal.text)} naar doel ${quote(goal.text)}`,
      change: 'gewijzigd',
      before: fromGoal.id,
      after: goal.id,
    });
  }
  if (before.description !== after.description) {
    field(
      'description',
      `omschrijving gewijzigd (was ${quote(before.description)})`,
      before.description,
      after.description,
    );
  }
  if (before.owner.kind !== after.owner.kind || before.owner.name !== after.owner.name) {
    field(
      'owner',
      `wie het doet gewijzigd van ${owner(before)} naar ${owner(after)}`,
      before.owner,
      after.owner,
    );
  }
  if (before.dueOn !== after.dueOn) {
    field(
      'dueOn',
      `datum gewijzigd van ${due(before.dueOn)} naar ${due(after.dueOn)}`,
      before.dueOn,
      after.dueOn,
    );
  }
  if (before.status !== after.status) {
    field(
      'status',
      `stand gewijzigd van ${STATUS_LABELS[before.status]} naar ${STATUS_LABELS[after.status]}`,
      before.status,
      after.status,
    );
  }
  return changes;
}

function diffGoalFields(before: PlanGoal, after: PlanGoal): PlanChange[] {
  const changes: PlanChange[] = [];
  const prefix = `Doel ${quote(after.text)}`;
  const field = (name: string, label: string, b: unknown, a: unknown) =>
    changes.push({
      path: `${goalPath(after)}.${name}`,
      label: `${prefix}: ${label}`,
      change: 'gewijzigd',
      before: b,
      after: a,
    });
  if (before.text !== after.text)
    field('text', `tekst gewijzigd (was ${quote(before.text)})`, before.text, after.text);
  if (before.domain !== after.domain) {
    field(
      'domain',
      `levensdomein gewijzigd van ${zrmDomainLabel(before.domain)} naar ${zrmDomainLabel(after.domain)}`,
      before.domain,
      after.domain,
    );
  }
  if (before.personId !== after.personId)
    field('personId', 'voor wie het doel is gewijzigd', before.personId, after.personId);
  if (before.transition18 !== after.transition18) {
    field(
      'transition18',
      after.transition18
        ? 'is nu een doel voor de overgang naar 18'
        : 'is geen doel meer voor de overgang naar 18',
      before.transition18,
      after.transition18,
    );
  }
  return changes;
}

/** The changes from `from` to `to`, in the order of the newer plan (removed goals and actions last). */
export function diffPlans(from: PlanContent, to: PlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const key of Object.keys(SITUATION_LABELS) as (keyof PlanContent['situation'])[]) {
    const before = from.situation[key];
    const after = to.situation[key];
    if (before === after) continue;
    const change = before === '' ? 'toegevoegd' : after === '' ? 'verwijderd' : 'gewijzigd';
    changes.push({
      path: `situation.${key}`,
      label: `${SITUATION_LABELS[key]} ${change}`,
      change,
      before: before === '' ? null : before,
      after: after === '' ? null : after,
    });
  }

  const oldGoals = new Map(from.goals.map((g) => [g.id, g]));
  const newGoalIds = new Set(to.goals.map((g) => g.id));
  const oldActions = new Map<string, { goal: PlanGoal; action: PlanAction }>();
  for (const goal of from.goals)
    for (const action of goal.actions) oldActions.set(action.id, { goal, action });
  const newActionIds = new Set(to.goals.flatMap((g) => g.actions.map((a) => a.id)));

  for (const goal of to.goals) {
    const before = oldGoals.get(goal.id);
    if (!before) {
      changes.push({
        path: goalPath(goal),
        label: `Doel ${quote(goal.text)} toegevoegd`,
        change: 'toegevoegd',
        before: null,
        after: goal,
      });
    } else {
      changes.push(...diffGoalFields(before, goal));
    }
    for (const action of goal.actions) {
      const old = oldActions.get(action.id);
      if (!old) {
        // A new goal's actions come with it: one line "doel toegevoegd" says enough.
        if (!before) continue;
        changes.push({
          path: actionPath(goal, action),
          label: `Doel ${quote(goal.text)}: actie toegevoegd: ${quote(action.description)}`,
          change: 'toegevoegd',
          before: null,
          after: action,
        });
      } else {
        changes.push(...diffAction(goal, old.action, action, old.goal));
      }
    }
  }

  for (const goal of from.goals) {
    if (!newGoalIds.has(goal.id)) {
      changes.push({
        path: goalPath(goal),
        label: `Doel ${quote(goal.text)} verwijderd`,
        change: 'verwijderd',
        before: goal,
        after: null,
      });
      continue;
    }
    for (const action of goal.actions) {
      if (newActionIds.has(action.id)) continue;
      changes.push({
        path: actionPath(goal, action),
        label: `Doel ${quote(goal.text)}: actie verwijderd: ${quote(action.description)}`,
        change: 'verwijderd',
        before: action,
        after: null,
      });
    }
  }
  return changes;
}
