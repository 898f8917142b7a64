package dk.bif.core.catalogue;

import dk.bif.core.admission.AdmissionDecision;
import dk.bif.core.admission.Level;
import dk.bif.core.reason.Reason;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an employee's admission level lets them take a catalogue initiative. A credit-giving
 * module is taken at one of the levels it lists: a diploma module only by employees admitted at
 * diploma level, a module at academy and diploma level not by a kursist. An initiative outside the
 * formal system (no levels) is open to everyone. Stateless and thread-safe.
 */
final class ModuleAdmissionPolicy {

  /**
   * @param entry the initiative
   * @param admitted the employee's admission decision
   * @return why the employee cannot take it, or empty when they can
   */
  public Optional<Reason> refusal(CatalogueEntry entry, AdmissionDecision admitted) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(admitted, "admitted");
    if (!entry.creditGiving() || entry.levels().contains(admitted.level())) {
      return Optional.empty();
    }
    EnumSet<Level> levels = EnumSet.copyOf(entry.levels());
    Level lowest = levels.stream().reduce((a, b) -> a.compareTo(b) > 0 ? a : b).orElseThrow();
    return Optional.of(
        Reason.of(
            "catalogue.not-admitted",
            entry.title().da(),
            Reason.term("level." + lowest.name()),
            Reason.term("level." + admitted.level().name()),
            admitted.because()));
  }
}
