package io.zonewarden.app.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.app.server.ZoneWardenServer;
import io.zonewarden.app.server.plant.ModelEdits;
import io.zonewarden.app.server.security.FirstAdministrator;
import io.zonewarden.core.assessment.AssessPlant;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.monitor.traffic.Attack;
import io.zonewarden.monitor.traffic.TrafficGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.net.PortProber;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The main journey of the web application in a real headless Chromium (issue 7): the first administrator sets the
 * server up and signs in, imports the example plant, sees its findings on the zone diagram, answers requirements
 * (with the mouse and from the keyboard) and watches SL-A change, uploads a capture and sees its alerts, and exports
 * the model. Every page is checked for script errors and Content-Security-Policy violations in the browser console.
 */
@SpringBootTest(classes = ZoneWardenServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MainJourneyBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PLANT = "ammonia-3";
    private static final String USERNAME = "first-admin";
    private static final String PASSWORD = "a long first passphrase 2026";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws IOException {
        // a fresh database and no zonewarden.admin.*: the server starts without an account and asks for setup
        var data = Files.createTempDirectory(Path.of("target"), "browser-data").toAbsolutePath();
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:browser-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("zonewarden.data-directory", data::toString);
        registry.add("logging.level.io.zonewarden", () -> "WARN");
    }

    @LocalServerPort
    int port;

    @Autowired
    FirstAdministrator firstAdministrator;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private final List<String> console = new ArrayList<>();

    @BeforeEach
    void startBrowser() throws IOException {
        // here rather than in a @BeforeAll, where Surefire would drop the skip and its reason from the report
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (Debian packages chromium and chromium-driver; .ci/run installs them)");
        var profile =
                Files.createTempDirectory(Path.of("target"), "chromium-profile").toAbsolutePath();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        // the service's own constructor, not its Builder: the Builder carries an annotation whose class is not on
        // the test class path, which -Xlint:all -Werror turns into an error
        int driverPort = PortProber.findFreePort();
        var service = new ChromeDriverService(
                CHROMEDRIVER.toFile(), driverPort, WAIT, List.of("--port=" + driverPort), Map.of());
        driver = new ChromeDriver(service, options);
        // htmx swaps rows and the summary out from under a lookup: look again rather than fail
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (driver == null) return;
        try {
            // when a step failed, what the browser said is often the reason
            checkConsole();
            console.forEach(line -> System.out.println("browser console: " + line));
        } finally {
            driver.quit();
        }
    }

    @Test
    @Timeout(120)
    void givenFreshServer_whenFirstAdministratorWalksTheMainJourney_thenEveryStepWorksInTheBrowser() throws Exception {
        var example = examplePlant();

        createFirstAdministratorAndSignIn();
        importExamplePlant(example);
        seeFindingsOnTheDiagram(example);
        var answers = answerRequirementsAndWatchSlA(example);
        uploadCaptureAndSeeAlerts(example);
        exportTheModel(example, answers);

        assertThat(console)
                .as("browser console: script errors or Content-Security-Policy violations")
                .isEmpty();
    }

    // 1. first administrator ----------------------------------------------------------------------------------

    private void createFirstAdministratorAndSignIn() {
        var code = firstAdministrator.setupCode();
        assertThat(code).as("setup code of a server without accounts").isNotNull();

        open("/");
        wait.until(ExpectedConditions.urlContains("/setup"));
        type(By.name("code"), code);
        type(By.name("username"), USERNAME);
        type(By.name("displayName"), "First Administrator");
        type(By.name("password"), PASSWORD);
        type(By.name("confirm"), PASSWORD);
        submit(By.name("confirm"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.getCurrentUrl()).contains("created");
        assertThat(firstAdministrator.setupCode()).as("setup code once used").isNull();
        checkConsole();

        type(By.name("username"), USERNAME);
        type(By.name("password"), PASSWORD);
        submit(By.name("password"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file][name=file]")));
        assertThat(driver.findElement(By.cssSelector("header .who")).getText()).contains(USERNAME);
        checkConsole();
    }

    // 2. import the example plant -----------------------------------------------------------------------------

    private void importExamplePlant(Plant example) throws IOException {
        var file = Files.createTempFile(Path.of("target"), "chemical-plant-", ".yaml");
        try (InputStream in = exampleYaml()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        upload(By.cssSelector("input[type=file][name=file]"), file);
        wait.until(ExpectedConditions.urlMatches("/plants/" + PLANT + "$"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(example.info().name());
        assertThat(driver.findElements(By.cssSelector("#zones tbody tr")))
                .hasSize(example.zones().size());
        checkConsole();
    }

    // 3. findings on the diagram ------------------------------------------------------------------------------

    private void seeFindingsOnTheDiagram(Plant example) {
        open("/plants/" + PLANT + "/zones");
        wait.until(ExpectedConditions.attributeToBe(
                By.id("diagram"), "data-drawn", String.valueOf(example.zones().size())));
        assertThat(example.zones()).hasSize(6);
        assertThat(driver.findElements(By.cssSelector("#diagram canvas"))).isNotEmpty();
        var findings = driver.findElement(By.id("diagram-findings")).getText();
        assertThat(findings).contains("ZCR-3.3", "ZCR-3.5", "DMZ-BYPASS");
        checkConsole();
    }

    // 4. answer requirements and watch SL-A change ------------------------------------------------------------

    /** An answer given in the browser. */
    private record Given(String zone, String requirement, AnswerStatus status) {}

    private List<Given> answerRequirementsAndWatchSlA(Plant example) {
        // bpcs: segmentation (FR 5) is held back by the partial answer to SR 5.1, so implementing it raises FR 5
        var zone = "bpcs";
        var implemented = new Given(zone, "SR 5.1", AnswerStatus.IMPLEMENTED);
        var before = slA(example, zone);
        var expected = slA(
                ModelEdits.answer(
                        example,
                        zone,
                        implemented.requirement(),
                        Answer.of(implemented.requirement(), implemented.status())),
                zone);
        assertThat(expected.get(4)).as("FR 5 once SR 5.1 is implemented").isGreaterThan(before.get(4));

        open("/plants/" + PLANT + "/assessment?zone=" + zone);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-requirement]")));
        assertThat(shownSlA()).isEqualTo(before);
        // a mark that a page load would wipe out: the answers below must be saved in place
        ((JavascriptExecutor) driver).executeScript("document.body.setAttribute('data-same-page', 'yes')");

        new Select(row(implemented.requirement()).findElement(By.name("status")))
                .selectByValue(implemented.status().label());
        wait.until(d -> shownSlA().equals(expected));
        wait.until(d -> selected(row(implemented.requirement()))
                .equals(implemented.status().label()));

        // from the keyboard: focus an unanswered row and press the digit of a status
        var answered = answeredCount();
        var unanswered = driver.findElements(By.cssSelector("tr[data-requirement]")).stream()
                .filter(r -> selected(r).isEmpty())
                .findFirst()
                .orElseThrow();
        var planned = new Given(zone, unanswered.getDomAttribute("data-requirement"), AnswerStatus.PLANNED);
        int digit = AnswerStatus.labels().indexOf(planned.status().label()) + 1;
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", unanswered);
        new Actions(driver).sendKeys(String.valueOf(digit)).perform();
        wait.until(d -> answeredCount() == answered + 1);
        wait.until(d ->
                selected(row(planned.requirement())).equals(planned.status().label()));
        assertThat(shownSlA()).as("a planned answer meets nothing").isEqualTo(expected);

        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-same-page"))
                .as("answers are saved in place, without a page load")
                .isEqualTo("yes");
        checkConsole();
        return List.of(implemented, planned);
    }

    // 5. upload a capture and see its alerts ------------------------------------------------------------------

    private void uploadCaptureAndSeeAlerts(Plant example) throws IOException {
        var capture = Files.createTempFile(Path.of("target"), "ammonia-3-attacks-", ".pcap");
        try (var out = Files.newOutputStream(capture)) {
            TrafficGenerator.write(example, out, 20, EnumSet.allOf(Attack.class), 1_767_225_600_000_000L);
        }
        open("/plants/" + PLANT + "/monitoring");
        upload(By.id("capture-file"), capture);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#captures tbody tr")));
        wait.until(d -> !d.findElements(By.cssSelector("#alerts tbody tr")).isEmpty());
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#captures tbody tr"), "data-state", "done"));
        var alerts = driver.findElement(By.id("alerts")).getText();
        assertThat(alerts).contains("T0858", "T0843");
        checkConsole();
    }

    // 6. export the model -------------------------------------------------------------------------------------

    private void exportTheModel(Plant example, List<Given> answers) throws Exception {
        open("/plants/" + PLANT);
        var href = driver.findElement(By.id("export")).getDomProperty("href");
        var session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("session cookie").isNotNull();
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(href))
                            .header("Cookie", session.getName() + "=" + session.getValue())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            var exported = PlantYamlReader.read(response.body(), PLANT + ".yaml");

            // the imported plant with the answers given in the browser, by this user, today
            var expected = example;
            for (var given : answers) {
                var previous = example.assessment().answersFor(given.zone()).get(given.requirement());
                var stored = exported.assessment().answersFor(given.zone()).get(given.requirement());
                assertThat(stored)
                        .as("exported answer to " + given.requirement())
                        .isNotNull();
                assertThat(stored.date()).isBetween(LocalDate.now().minusDays(1), LocalDate.now());
                // the row's form sends the previous texts along, and the server keeps the previous evidence
                var answer = new Answer(
                        given.requirement(),
                        given.status(),
                        previous == null ? null : previous.note(),
                        previous == null ? null : previous.justification(),
                        previous == null ? null : previous.countermeasure(),
                        previous == null ? List.of() : previous.evidence(),
                        USERNAME,
                        stored.date());
                expected = ModelEdits.answer(expected, given.zone(), given.requirement(), answer);
            }
            assertThat(exported).isEqualTo(expected);
        }
        checkConsole();
    }

    // browser helpers -----------------------------------------------------------------------------------------

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void type(By field, String text) {
        var element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
    }

    /** Clicks the submit button of the form holding {@code field}. */
    private void submit(By field) {
        driver.findElement(field)
                .findElement(By.xpath("./ancestor::form//button[@type='submit']"))
                .click();
    }

    private void upload(By input, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(input))
                .sendKeys(file.toAbsolutePath().toString());
        submit(input);
    }

    private WebElement row(String requirement) {
        return driver.findElement(By.cssSelector("tr[data-requirement='" + requirement + "']"));
    }

    private static String selected(WebElement row) {
        var value = row.findElement(By.name("status")).getDomProperty("value");
        return value == null ? "" : value;
    }

    /** SL-A per FR as the zone summary shows it, FR 1 to FR 7. */
    private List<@Nullable Integer> shownSlA() {
        return Arrays.stream(driver.findElement(By.id("sl-a")).getText().strip().split("\\s+"))
                .map(l -> l.equals("–") ? null : Integer.valueOf(l))
                .toList();
    }

    /** From "12 of 57 answered". */
    private int answeredCount() {
        var text = driver.findElement(By.id("answered")).getText();
        return Integer.parseInt(text.substring(0, text.indexOf(' ')));
    }

    /** Claimed SL-A, null in an FR not assessed (the page shows a grey dash there). */
    private static List<@Nullable Integer> slA(Plant plant, String zone) {
        return AssessPlant.standard().assess(plant).zone(zone).orElseThrow().claimedLevels();
    }

    /**
     * Collects what the browser logged since the last call (chromedriver keeps the entries across page loads):
     * script errors, resources that failed to load and every Content-Security-Policy report fail the test. The one
     * exception is the favicon, which the browser asks for on its own and no page names.
     */
    private void checkConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            var message = entry.getMessage();
            boolean csp = message.contains("Content Security Policy") || message.contains("Content-Security-Policy");
            boolean favicon = message.contains("/favicon.ico - Failed to load resource");
            if (csp || (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !favicon)) {
                console.add(driver.getCurrentUrl() + ": " + entry.getLevel() + " " + message);
            }
        }
    }

    private static InputStream exampleYaml() {
        var in = MainJourneyBrowserTest.class.getResourceAsStream("/demo/chemical-plant.yaml");
        assertThat(in).as("the example plant on the test class path").isNotNull();
        return in;
    }

    private static Plant examplePlant() throws Exception {
        try (var in = exampleYaml()) {
            return PlantYamlReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "chemical-plant.yaml");
        }
    }
}
