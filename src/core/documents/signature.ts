/** The справка's signature block (RUSSIAN.md §6), from «Параметры». */
import { parameterText, type Parameters } from '../parameters/parameters';
import { keptTogether, paragraph, type Block } from './doc-model';
import { executorLine, SIGNATURE_DATE, SIGNATURE_LINE } from './messages';

/**
 * Position, a line to sign on with the name, a date to write in when signing, and «Исполнитель: ФИО, тел.» —
 * who prepared the справка and answers questions on it.
 */
export function reportSignature(parameters: Parameters): Block[] {
  return keptTogether([
    paragraph(''),
    paragraph(parameterText(parameters, 'signerPosition'), 'left'),
    paragraph(`${SIGNATURE_LINE} ${parameterText(parameters, 'signerName')}`, 'right'),
    paragraph(SIGNATURE_DATE, 'left'),
    paragraph(''),
    paragraph(
      [
        {
          text: executorLine(
            parameterText(parameters, 'executor'),
            parameterText(parameters, 'executorPhone'),
          ),
          italic: true,
        },
      ],
      'left',
    ),
  ]);
}
