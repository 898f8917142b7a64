package dk.bif.server.war;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAR the build made ({@code target/bif.war}) in embedded Tomcat 10.1 (Jakarta Servlet 6.0,
 * which the tool is written for; Tomcat 11 is Servlet 6.1): it starts the same tool from the same
 * config file as {@code bif serve}, and answers as it does.
 */
class BifWarIT {

  @TempDir Path dir;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theWarRunsTheSameToolFromTheSameConfigFileInTomcat() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    URI base = URI.create("http://127.0.0.1:" + port);
    Path config = dir.resolve("bif.yaml");
    Files.writeString(config, "server:\n  public-url: " + base + "\nlogging:\n  level: WARN\n");
    System.setProperty(BifWebApp.CONFIG, config.toString());
    System.setProperty(BifWebApp.DATA, dir.resolve("data").toString());
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(dir.resolve("tomcat").toString());
    Files.createDirectories(
        dir.resolve("tomcat").resolve("webapps")); // unpacked: fast class loading
    tomcat.setPort(port);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    tomcat.setAddDefaultWebXmlToWebapp(false);
    Context context = tomcat.addWebapp("", new File("target/bif.war").getAbsolutePath());
    // the WAR's web.xml is metadata-complete: nothing in its jars needs scanning
    ((org.apache.tomcat.util.scan.StandardJarScanner) context.getJarScanner())
        .setScanManifest(false);
    context.getJarScanner().setJarScanFilter((type, name) -> false);
    tomcat.start();
    try {
      assertThat(context.getState().isAvailable()).as("the web application started").isTrue();

      HttpResponse<String> ready = get(base.resolve("/health/ready"));
      HttpResponse<String> jwks = get(base.resolve("/lti/jwks"));
      HttpResponse<String> login = get(base.resolve("/admin/login"));
      HttpResponse<String> refused =
          HTTP.send(
              HttpRequest.newBuilder(base.resolve("/lti/launch"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("state=nope&id_token=a.b.c"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> metrics = get(base.resolve("/metrics"));

      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
      assertThat(jwks.body()).contains("\"kty\":\"RSA\"");
      assertThat(login.body()).contains("name=\"csrf\"");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("STATE_UNKNOWN");
      assertThat(metrics.body())
          .contains("bif_launches_total{outcome=\"STATE_UNKNOWN\",step=\"launch\"} 1.0");
      assertThat(get(base.resolve("/")).body()).contains(base + "/lti/login");
    } finally {
      tomcat.stop();
      tomcat.destroy();
      System.clearProperty(BifWebApp.CONFIG);
      System.clearProperty(BifWebApp.DATA);
    }
  }
}
