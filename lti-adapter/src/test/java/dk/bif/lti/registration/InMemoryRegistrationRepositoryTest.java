package dk.bif.lti.registration;

class InMemoryRegistrationRepositoryTest extends AbstractRegistrationRepositoryContractTest {
  @Override
  protected RegistrationRepository emptyRepository() {
    return new InMemoryRegistrationRepository();
  }
}
