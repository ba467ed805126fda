import { describe, expect, it } from 'vitest';
import { isBaseSheet } from '../../../src/core/base/base-header';
import { baseTemplate, canonicalForms } from '../../../src/core/templates/base-template';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { BASE_HEADER_ROW } from '../base/base-grid';

describe('baseTemplate', () => {
  it('has the header of the mentor base form exactly, frozen', () => {
    const model = baseTemplate();
    expect(model.name).toBe('База наставников');
    expect(model.cells[0].map((cell) => cell.value)).toEqual(BASE_HEADER_ROW);
    expect(model.cells).toHaveLength(1);
    expect(model.frozenRows).toBe(1);
    expect(model.columnWidths).toHaveLength(8);
  });

  it('offers the forms of mentoring in a non-strict dropdown on «Форма наставничества»', () => {
    const [validation] = baseTemplate().dataValidations;
    expect(validation.strict).toBe(false);
    expect(validation.area).toMatchObject({ row: 2, column: 7, columns: 1 });
    expect(validation.values).toContain('педагог — молодой педагог');
    expect(validation.values).toContain('традиционное («один на один»)');
    expect(validation.values).toEqual(canonicalForms());
    expect(baseTemplate(['педагог — педагог']).dataValidations[0].values).toEqual(['педагог — педагог']);
  });

  it('is recognised as «База наставников» by the validator', () => {
    expect(isBaseSheet(modelToGrid(baseTemplate()))).toBe(true);
  });
});
