package dk.bif.store.jdbc.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.JsonColumn;
import dk.bif.store.jdbc.PersonErasure;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the LMS side keeps about a person, erased with them ({@link
 * dk.bif.store.jdbc.PersonalData}): their entries in the stored rosters and the refused claims by
 * or about their LMS accounts (found through their LMS links), the refused claims of their staff
 * number, the waiting-to-be-linked entries of their LMS accounts, their grade routes and their LMS
 * links. (A waiting person linked to nobody is no employee to erase: the coordinator removes the
 * entry, {@code WaitingList.remove}, on the admin page or with {@code bif people forget}.)
 */
final class ToolPersonErasure implements PersonErasure {
  @Override
  public Map<String, Integer> erase(Connection c, String id) throws SQLException {
    Map<String, Integer> deleted = new LinkedHashMap<>();
    deleted.put("roster_snapshot members", removeFromRosters(c, id));
    deleted.put("refused_claim", removeRefusedClaims(c, id));
    deleted.put(
        "waiting_person",
        Database.update(
            c,
            "delete from waiting_person w where exists (select 1 from lms_person_link l"
                + " where l.employee_id = ? and l.issuer = w.issuer and l.client_id = w.client_id"
                + " and l.subject = w.subject)",
            id));
    for (String table : List.of("grade_route", "lms_person_link")) {
      deleted.put(table, Database.update(c, "delete from " + table + " where employee_id = ?", id));
    }
    return deleted;
  }

  /** Removes the refusals of the person's staff number and those by or about their accounts. */
  private static int removeRefusedClaims(Connection c, String id) throws SQLException {
    return Database.update(
        c,
        "delete from refused_claim r where r.claimed_employee = ? or r.linked_employee = ?"
            + " or exists (select 1 from lms_person_link l where l.employee_id = ?"
            + " and l.issuer = r.issuer and l.client_id = r.client_id"
            + " and (l.subject = r.subject or l.subject = r.holder_subject))",
        id,
        id,
        id);
  }

  /** Removes the person's LMS accounts from every stored roster. */
  private static int removeFromRosters(Connection c, String id) throws SQLException {
    List<String[]> subjects =
        Database.query(
            c,
            "select issuer, client_id, subject from lms_person_link where employee_id = ?",
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
            id);
    int removed = 0;
    for (String[] s : subjects) {
      List<String[]> rosters =
          Database.query(
              c,
              "select deployment_id, context_id, members from roster_snapshot"
                  + " where issuer = ? and client_id = ?",
              row -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
              s[0],
              s[1]);
      for (String[] r : rosters) {
        ArrayNode kept = JsonColumn.JSON.createArrayNode();
        int before = 0;
        for (JsonNode member : JsonColumn.read(r[2], "roster members")) {
          before++;
          if (!member.path("userId").asText().equals(s[2])) {
            kept.add(member);
          }
        }
        if (kept.size() < before) {
          removed += before - kept.size();
          Database.update(
              c,
              "update roster_snapshot set members = ? where issuer = ? and client_id = ?"
                  + " and deployment_id = ? and context_id = ?",
              JsonColumn.write(kept),
              s[0],
              s[1],
              r[0],
              r[1]);
        }
      }
    }
    return removed;
  }
}
