package dk.bif.interchange.casejson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The CASE 1.1 package records, as the JSON binds them. Package-private: the API is {@link
 * CaseFramework}.
 */
final class CaseModel {

  private CaseModel() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CFPackage(
      @JsonProperty("CFDocument") CFDocument document,
      @JsonProperty("CFItems") List<CFItem> items,
      @JsonProperty("CFAssociations") List<CFAssociation> associations,
      @JsonProperty("CFDefinitions") CFDefinitions definitions) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CFDocument(
      String identifier,
      String uri,
      String frameworkType,
      String caseVersion,
      String creator,
      String title,
      String lastChangeDateTime,
      String description,
      String language,
      String version,
      String adoptionStatus,
      @JsonProperty("CFPackageURI") LinkUri packageUri,
      ObjectNode extensions) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CFItem(
      String identifier,
      String uri,
      String fullStatement,
      String abbreviatedStatement,
      String notes,
      String humanCodingScheme,
      String listEnumeration,
      @JsonProperty("CFItemType") String itemType,
      @JsonProperty("CFItemTypeURI") LinkUri itemTypeUri,
      String language,
      String lastChangeDateTime,
      @JsonProperty("CFDocumentURI") LinkUri documentUri,
      ObjectNode extensions) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CFAssociation(
      String identifier,
      String uri,
      String associationType,
      Integer sequenceNumber,
      String lastChangeDateTime,
      LinkUri originNodeURI,
      LinkUri destinationNodeURI,
      @JsonProperty("CFAssociationGroupingURI") LinkUri groupingUri,
      @JsonProperty("CFDocumentURI") LinkUri documentUri) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CFDefinitions(
      @JsonProperty("CFItemTypes") List<CFItemType> itemTypes,
      @JsonProperty("CFAssociationGroupings") List<CFAssociationGrouping> groupings) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CFItemType(
      String identifier,
      String uri,
      String title,
      String description,
      String hierarchyCode,
      String typeCode,
      String lastChangeDateTime) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CFAssociationGrouping(
      String identifier, String uri, String title, String description, String lastChangeDateTime) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LinkUri(String title, String identifier, String uri) {}
}
