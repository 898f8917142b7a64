package dk.bif.tool.grades;

class InMemoryAdminRetryTokensTest extends AbstractAdminRetryTokensContractTest {
  @Override
  protected AdminRetryTokens tokens() {
    return new InMemoryAdminRetryTokens();
  }
}
