package dk.bif.examples.cli;

import dk.bif.core.evaluation.HalfYear;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How the command line reads option values, each refusal saying what was expected. */
final class Converters {

  private Converters() {}

  /** {@code YYYY-MM-DD}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
      }
    }
  }

  /** A year such as {@code 2018}. */
  static final class YearValue implements ITypeConverter<Year> {
    @Override
    public Year convert(String value) {
      if (!value.strip().matches("\\d{4}")) {
        throw new TypeConversionException("expects a year like 2018; got '" + value + "'");
      }
      return Year.of(Integer.parseInt(value.strip()));
    }
  }

  /** {@code YYYY-H1} or {@code YYYY-H2}. */
  static final class HalfYearValue implements ITypeConverter<HalfYear> {
    @Override
    public HalfYear convert(String value) {
      try {
        return HalfYear.parse(value.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
