/**
 * The printable document of a passed part: the certificate with ECTS at diploma or academy level,
 * or the kursist's kursusbevis with the grade (seed 000), as PDF in Danish or English.
 */
package dk.bif.credentials.document;
