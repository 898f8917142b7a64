/**
 * Admission: at which {@link dk.bif.core.admission.Level} (diplom, akademi or kursist) an employee
 * takes the programme, decided by the {@link dk.bif.core.admission.AdmissionPolicy}.
 */
package dk.bif.core.admission;
