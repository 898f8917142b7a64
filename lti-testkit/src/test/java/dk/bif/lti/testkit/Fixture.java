package dk.bif.lti.testkit;

/**
 * A running platform with the {@link TinyTool} registered as {@code client-1} / {@code dep-1},
 * learners Ann (101) and Carl (102) and instructor Bo (201) enrolled in course {@code c1}, and
 * resource link {@code rl-1} "Del 1 eksamen" with custom {@code activity=del1-exam}.
 */
final class Fixture implements AutoCloseable {
  final ReferencePlatform platform;
  final TinyTool tool;

  Fixture(Profile profile) throws Exception {
    platform = ReferencePlatform.builder().profile(profile).start();
    tool = new TinyTool();
    tool.registerWith(platform, "client-1");
    platform
        .addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addUser(PlatformUser.learner("102", "Carl", "Nielsen"))
        .addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addCourse(Course.of("c1", "BIF-H1", "BIF hold 1"))
        .enrol("c1", "101", "102", "201")
        .addLink(
            ResourceLink.of("rl-1", "c1", "Del 1 eksamen").withCustom("activity", "del1-exam"));
  }

  @Override
  public void close() throws Exception {
    tool.close();
    platform.close();
  }
}
