/**
 * A new, empty workbook package to add sheets to (addDigestSheets), for a digest that goes in a workbook of its own:
 * the package relationship, an empty workbook part and the content types; sheets and styles come with the plans.
 */
import { CONTENT_TYPE, namespacesOf } from './namespaces';
import { PackageEditor } from './packageEditor';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function newWorkbookPackage(): PackageEditor {
  const ns = namespacesOf('');
  const editor = new PackageEditor();
  editor.setText(
    '[Content_Types].xml',
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  editor.addPart(
    'xl/workbook.xml',
    CONTENT_TYPE.workbook,
    `${DECLARATION}<workbook xmlns="${ns.main}" xmlns:r="${ns.relationships}"><sheets></sheets></workbook>`,
  );
  editor.addRelationship('', ns.relationshipType('officeDocument'), 'xl/workbook.xml');
  return editor;
}
