package io.zonewarden.app.report;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The one template engine of the reports: HTML templates under {@code templates/} on the class path. */
final class ReportTemplates {

    private static final TemplateEngine ENGINE = engine();

    private ReportTemplates() {}

    private static TemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Renders {@code template} (e.g. {@code report/risk}) with the variables of {@code context}. */
    static String render(String template, Context context) {
        return ENGINE.process(template, context);
    }
}
