package dk.bif.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The shape of a registrations JSON file, as Jackson binds it and Hibernate Validator checks it.
 * Field names are the JSON names, so a violation's path is the path in the file.
 */
final class RegistrationFile {
  static final String HTTP_URL = "https?://\\S+";

  @NotNull(message = "is required: a list of registrations")
  public List<@NotNull(message = "must be a registration object") @Valid Entry> registrations;

  static final class Entry {
    @NotBlank(message = "is required: the platform's issuer")
    @Size(max = Issuer.MAX_LENGTH)
    public String issuer;

    @NotBlank(message = "is required: the client_id the platform gave the tool")
    @Size(max = ClientId.MAX_LENGTH)
    public String clientId;

    @NotEmpty(message = "is required: at least one deployment id")
    public List<
            @NotBlank(message = "must be a non-blank deployment id")
            @Size(max = DeploymentId.MAX_LENGTH) String>
        deploymentIds;

    @NotBlank(message = "is required: the platform's OIDC authorization endpoint")
    @Pattern(regexp = HTTP_URL, message = "must be an absolute http(s) URL")
    public String authorizationEndpoint;

    @NotBlank(message = "is required: the platform's token endpoint")
    @Pattern(regexp = HTTP_URL, message = "must be an absolute http(s) URL")
    public String tokenEndpoint;

    @Size(min = 1, max = 1000)
    public String tokenAudience;

    @Pattern(regexp = HTTP_URL, message = "must be an absolute http(s) URL")
    public String keySetUrl;

    public JsonNode staticKeys;

    @AssertTrue(message = "give exactly one of keySetUrl and staticKeys")
    public boolean isKeySource() {
      return (keySetUrl == null) != (staticKeys == null || staticKeys.isNull());
    }
  }
}
