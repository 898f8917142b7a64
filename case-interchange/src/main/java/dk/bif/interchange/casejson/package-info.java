/**
 * Competence frameworks as 1EdTech CASE 1.1 JSON: a CFPackage with one CFDocument (the framework),
 * CFItems (its profiles and competences) and CFAssociations ({@code isChildOf}: profile → document,
 * competence → profile), identified by name-based UUIDs so a re-export keeps the identifiers.
 * Moodle, Canvas and other systems that read CASE can load the BIF profiles.
 *
 * <p>What CASE has no field for travels in each object's {@code extensions} under the key {@value
 * dk.bif.interchange.casejson.CaseFramework#EXTENSION}: the English texts, the profile kind and
 * focus, and the proficiency scale. The stable BIF ids are the items' {@code humanCodingScheme}.
 */
package dk.bif.interchange.casejson;
