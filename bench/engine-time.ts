/**
 * CPU time of the engine alone, on in-memory grids: validating «База наставников», and reading
 * every tab + computing the figures + drafting «Сводная» and «Рекомендации».
 */
import { generateRecommendations, generateSummary } from '../src/app/generate';
import { summarise } from '../src/app/summarise';
import { validateBase } from '../src/core/base';
import { BASE_SHEET_NAME } from '../src/core/templates/messages';
import type { DemoMunicipality } from '../src/demo/municipality';
import { medianMs } from './timing';
import { inMemory } from './workbooks';

const WORKPLACE_COLUMN = 2;
const META = { generatedAt: '23.11.2026 12:00' };

export function validationMs(demo: DemoMunicipality): { rows: number; issues: number; ms: number } {
  const sheet = demo.sheets.find((s) => s.name === BASE_SHEET_NAME);
  if (!sheet) throw new Error(`no «${BASE_SHEET_NAME}» in the demo workbook`);
  const grid = { name: sheet.name, values: sheet.values };
  // As in a real check: «Место работы» is matched against the municipality's schools.
  const knownOrganisations = [
    ...new Set(sheet.values.slice(1).map((row) => String(row[WORKPLACE_COLUMN] ?? ''))),
  ].filter(Boolean);
  let issues = 0;
  const ms = medianMs(5, () => {
    issues = validateBase(grid, { knownOrganisations }).issues.length;
  });
  return { rows: sheet.values.length - 1, issues, ms };
}

export function summaryMs(demo: DemoMunicipality): { schools: number; recommendations: number; ms: number } {
  let schools = 0;
  let recommendations = 0;
  const ms = medianMs(3, () => {
    const workbook = inMemory(demo);
    const { result } = summarise(workbook);
    generateSummary(workbook, result, META);
    generateRecommendations(workbook, result, META);
    schools = result.organizations.length;
    recommendations = result.recommendations.length;
  });
  return { schools, recommendations, ms };
}
