// The plan form's pure parts: new goals and actions with stable ids, the field id of each part of the plan (the
// same id for a client check and for the server's errors[].path, so a message lands next to its field), and the
// checks the server makes too, in Dutch, before anything is sent.

import type { PlanAction, PlanContent, PlanGoal } from '../../../api/plans.ts';
import type { FieldProblem } from '../../../api/problem.ts';
import { planTexts } from './texts.ts';

/** The server's limit on each situation text. */
export const SITUATION_MAX = 4000;

/** A random UUID v4; goal and action ids must be stable across versions (provisions point at goal ids). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newAction(): PlanAction {
  return { id: newId(), description: '', owner: { kind: 'persoon', name: '' }, dueOn: null, status: 'open' };
}

export function newGoal(): PlanGoal {
  return { id: newId(), domain: '', text: '', personId: null, transition18: false, actions: [] };
}

export function emptyContent(): PlanContent {
  return { situation: { network: '', strengths: '', worries: '', earlierHelp: '' }, goals: [] };
}

/**
 * The id of the input for a path in the plan content, e.g. "goals.0.actions.1.owner.name" →
 * "plan-goals-0-actions-1-owner-name". Accepts the server's paths too ("body.content.goals.0.text").
 */
export function planFieldId(path: string): string {
  const clean = path.replace(/^body\./, '').replace(/^content\./, '');
  return `plan-${clean.replace(/\./g, '-')}`;
}

/** Server field problems as {field id → message}; problems about the base version or the whole body are not fields. */
export function fieldErrorsFromServer(problems: readonly FieldProblem[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of problems) {
    const path = problem.path.replace(/^body\./, '');
    if (!path.startsWith('content.')) continue;
    const id = planFieldId(path);
    result[id] ??= problem.message;
  }
  return result;
}

/** Checks the plan like the server does, so the user hears about every missing part at once, in Dutch. */
export function validatePlan(content: PlanContent): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(content.situation)) {
    if (value.length > SITUATION_MAX) errors[planFieldId(`situation.${key}`)] = planTexts.errors.tooLong;
  }
  content.goals.forEach((goal, g) => {
    if (!goal.domain) errors[planFieldId(`goals.${g}.domain`)] = planTexts.errors.goalDomain;
    if (!goal.text.trim()) errors[planFieldId(`goals.${g}.text`)] = planTexts.errors.goalText;
    goal.actions.forEach((action, a) => {
      const base = `goals.${g}.actions.${a}`;
      if (!action.description.trim())
        errors[planFieldId(`${base}.description`)] = planTexts.errors.actionDescription;
      if (!action.owner.name.trim()) errors[planFieldId(`${base}.owner.name`)] = planTexts.errors.ownerName;
    });
  });
  return errors;
}

/** What is sent: texts trimmed, an empty due date as null. */
export function contentForSave(content: PlanContent): PlanContent {
  return {
    situation: {
      network: content.situation.network.trim(),
      strengths: content.situation.strengths.trim(),
      worries: content.situation.worries.trim(),
      earlierHelp: content.situation.earlierHelp.trim(),
    },
    goals: content.goals.map((goal) => ({
      ...goal,
      text: goal.text.trim(),
      actions: goal.actions.map((action) => ({
        ...action,
        description: action.description.trim(),
        owner: { kind: action.owner.kind, name: action.owner.name.trim() },
        dueOn: action.dueOn || null,
      })),
    })),
  };
}

/** Fills in what an older or partial plan lacks, so the form always has every field. */
export function normaliseContent(content: Partial<PlanContent> | null | undefined): PlanContent {
  const empty = emptyContent();
  return {
    situation: { ...empty.situation, ...(content?.situation ?? {}) },
    goals: (content?.goals ?? []).map((goal) => ({
      ...newGoal(),
      ...goal,
      actions: (goal.actions ?? []).map((action) => ({ ...newAction(), ...action })),
    })),
  };
}
