/** The signature block that closes the report and every letter, from «Параметры». */
import { parameterText, type Parameters } from '../parameters/parameters';
import { paragraph, type Block } from './doc-model';

export function signatureBlocks(parameters: Parameters): Block[] {
  return [
    paragraph(''),
    paragraph(parameterText(parameters, 'signerPosition'), 'left'),
    paragraph(parameterText(parameters, 'signerName'), 'right'),
  ];
}
