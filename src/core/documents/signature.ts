/** The signature block of the справка and the letters (RUSSIAN.md §6), from «Параметры». */
import { parameterText, type Parameters } from '../parameters/parameters';
import { keptTogether, paragraph, type Block } from './doc-model';
import { parseHeadName } from './letter-addressee';
import { executorLine, SIGNATURE_DATE, SIGNATURE_LINE } from './messages';

/**
 * The name under a signature as an official paper prints it: initials, then the surname («М. А. Черкасова»).
 * A full ФИО typed in «Параметры» («Черкасова Мария Александровна») is turned round; anything else — initials
 * already, a name the parser does not take for a full ФИО, the placeholder — stands as typed.
 */
export function signatureName(typed: string): string {
  const name = parseHeadName(typed);
  if (name === null) return typed;
  const initials = [name.first, name.middle].map((part) => `${part[0]}.`).join(' ');
  return `${initials} ${name.last}`;
}

/** A line to sign on with the name of the one who signs. */
export function signatureLine(parameters: Parameters): string {
  return `${SIGNATURE_LINE} ${signatureName(parameterText(parameters, 'signerName'))}`;
}

/**
 * Position, a line to sign on with the name, a date to write in when signing, and «Исполнитель: ФИО, тел.» —
 * who prepared the справка and answers questions on it.
 */
export function reportSignature(parameters: Parameters): Block[] {
  return keptTogether([
    paragraph(''),
    paragraph(parameterText(parameters, 'signerPosition'), 'left'),
    paragraph(signatureLine(parameters), 'right'),
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
