// Generated from src/html/templates/*.hbs by scripts/precompile-templates.mjs.
// Do not edit: change the templates and run `npm run generate`.
/* eslint-disable */
export const templateSpecs = {
  "block": {"0":function(container,depth0,helpers,partials,data) {
    return "<p>"
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":1,"column":34},"end":{"line":1,"column":38}} ), depth0))
    + "</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"subheading",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":2,"column":10},"end":{"line":2,"column":32}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":13,"column":0}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "<h3>"
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":2,"column":40},"end":{"line":2,"column":44}} ), depth0))
    + "</h3>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"notice",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":28}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":13,"column":0}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "<p class=\"notice\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":3,"column":50},"end":{"line":3,"column":54}} ), depth0))
    + "</p>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"keyValues",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":31}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":13,"column":0}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"keyValues"),depth0,{"name":"keyValues","hash":{"items":lookupProperty(depth0,"items")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"table",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":27}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":13,"column":0}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"table"),depth0,{"name":"table","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"decision",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":30}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":13,"column":0}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"decision\">\n<h3 class=\"decision-child\">"
    + alias3(alias2(alias1(depth0, "child", {"start":{"line":7,"column":29},"end":{"line":7,"column":34}} ), depth0))
    + "</h3>\n<p class=\"decision-outcome\">Decision: "
    + alias3(alias2(alias1(depth0, "outcome", {"start":{"line":8,"column":40},"end":{"line":8,"column":47}} ), depth0))
    + "</p>\n<p class=\"decision-label\">Rationale</p>\n<p class=\"decision-rationale\">"
    + alias3(alias2(alias1(depth0, "rationale", {"start":{"line":10,"column":32},"end":{"line":10,"column":41}} ), depth0))
    + "</p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"keyValues"),depth0,{"name":"keyValues","hash":{"items":lookupProperty(depth0,"details")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"paragraph",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":27}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "keyValues": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dl class=\"key-values\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"items"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":3,"column":9}}})) != null ? stack1 : "")
    + "</dl>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"key-value\"><dt>"
    + container.escapeExpression(container.lambda(container.strict(depth0, "label", {"start":{"line":2,"column":44},"end":{"line":2,"column":49}} ), depth0))
    + "</dt><dd>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"isList").call(alias1,lookupProperty(depth0,"value"),{"name":"isList","hash":{},"data":data,"loc":{"start":{"line":2,"column":66},"end":{"line":2,"column":80}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":2,"column":60},"end":{"line":2,"column":175}}})) != null ? stack1 : "")
    + "</dd></div>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul class=\"value-list\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"value"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":105},"end":{"line":2,"column":146}}})) != null ? stack1 : "")
    + "</ul>";
},"3":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>";
},"4":function(container,depth0,helpers,partials,data) {
    return container.escapeExpression(container.lambda(container.strict(depth0, "value", {"start":{"line":2,"column":161},"end":{"line":2,"column":166}} ), depth0));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"items"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "minutes": {"0":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "@font-face { font-family: \""
    + alias3(alias2(alias1(depth0, "family", {"start":{"line":15,"column":29},"end":{"line":15,"column":35}} ), depth0))
    + "\"; font-weight: "
    + alias3(alias2(alias1(depth0, "weight", {"start":{"line":15,"column":55},"end":{"line":15,"column":61}} ), depth0))
    + "; src: url(\"data:font/ttf;base64,"
    + alias3(alias2(alias1(depth0, "base64", {"start":{"line":15,"column":98},"end":{"line":15,"column":104}} ), depth0))
    + "\") format(\"truetype\"); unicode-range: "
    + alias3(alias2(alias1(depth0, "unicodeRange", {"start":{"line":15,"column":146},"end":{"line":15,"column":158}} ), depth0))
    + "; }\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "  @top-right { content: \"DRAFT\"; color: #b00020; font-weight: bold; }\n";
},"2":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ".organisation, main section > h2 { color: "
    + alias3(alias2(alias1(lookupProperty(depth0,"template"), "accentColour", {"start":{"line":25,"column":44},"end":{"line":25,"column":65}} ), depth0))
    + "; }\n.letterhead { border-bottom-color: "
    + alias3(alias2(alias1(lookupProperty(depth0,"template"), "accentColour", {"start":{"line":26,"column":37},"end":{"line":26,"column":58}} ), depth0))
    + "; }\n";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "main { zoom: "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"template"), "zoom", {"start":{"line":29,"column":15},"end":{"line":29,"column":28}} ), depth0))
    + "; }\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"template"),"letterhead"),{"name":"with","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":27},"end":{"line":47,"column":9}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<header class=\"letterhead\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"logo"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":42,"column":7}}})) != null ? stack1 : "")
    + "<div class=\"letterhead-text\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"organisationName"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"lines"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":7},"end":{"line":45,"column":9}}})) != null ? stack1 : "")
    + "</div>\n</header>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<img class=\"logo\" src=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"logo"), "dataUrl", {"start":{"line":41,"column":37},"end":{"line":41,"column":49}} ), depth0))
    + "\" alt=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"logo"), "alt", {"start":{"line":41,"column":60},"end":{"line":41,"column":68}} ), depth0))
    + "\" width=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"logo"), "drawnWidth", {"start":{"line":41,"column":81},"end":{"line":41,"column":96}} ), depth0))
    + "\" height=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"logo"), "drawnHeight", {"start":{"line":41,"column":110},"end":{"line":41,"column":126}} ), depth0))
    + "\">\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "<p class=\"organisation\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "organisationName", {"start":{"line":43,"column":50},"end":{"line":43,"column":66}} ), depth0))
    + "</p>\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "<p class=\"letterhead-line\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"status\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"status"), "explanation", {"start":{"line":50,"column":40},"end":{"line":50,"column":58}} ), depth0))
    + "</p>";
},"11":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"status draft\">DRAFT. "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"status"), "explanation", {"start":{"line":50,"column":105},"end":{"line":50,"column":123}} ), depth0))
    + "</p>";
},"12":function(container,depth0,helpers,partials,data) {
    return "<p class=\"notice warning\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>\n";
},"13":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"audience-notice\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"template"), "audienceNotice", {"start":{"line":53,"column":60},"end":{"line":53,"column":83}} ), depth0))
    + "</p>\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"template"),"cover"),{"name":"with","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":22},"end":{"line":57,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"heading"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":46},"end":{"line":56,"column":7}}})) != null ? stack1 : "")
    + "<p class=\"cover\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":56,"column":26},"end":{"line":56,"column":30}} ), depth0))
    + "</p>\n";
},"16":function(container,depth0,helpers,partials,data) {
    return "<h2 class=\"cover-heading\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "heading", {"start":{"line":55,"column":89},"end":{"line":55,"column":96}} ), depth0))
    + "</h2>\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h2>Decisions at a glance</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"keyValues"),depth0,{"name":"keyValues","hash":{"items":lookupProperty(depth0,"decisionsAtAGlance")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"section-"
    + alias3(alias2(alias1(depth0, "id", {"start":{"line":64,"column":23},"end":{"line":64,"column":25}} ), depth0))
    + "\">\n<h2>"
    + alias3(alias2(alias1(depth0, "number", {"start":{"line":65,"column":6},"end":{"line":65,"column":12}} ), depth0))
    + ". "
    + alias3(alias2(alias1(depth0, "heading", {"start":{"line":65,"column":18},"end":{"line":65,"column":25}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"introduction"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"blocks"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":68,"column":36}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"19":function(container,depth0,helpers,partials,data) {
    return "<p class=\"introduction\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "introduction", {"start":{"line":66,"column":46},"end":{"line":66,"column":58}} ), depth0))
    + "</p>\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"block"),depth0,{"name":"block","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"closing\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"template"), "closingStatement", {"start":{"line":71,"column":54},"end":{"line":71,"column":79}} ), depth0))
    + "</p>\n";
},"22":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"template"),"signatureBlock"),{"name":"with","hash":{},"fn":container.program(23, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":31},"end":{"line":77,"column":9}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"signature\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"heading"),{"name":"if","hash":{},"fn":container.program(24, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":75,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"lines"),{"name":"each","hash":{},"fn":container.program(25, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":75,"column":7},"end":{"line":76,"column":9}}})) != null ? stack1 : "")
    + "</div>\n";
},"24":function(container,depth0,helpers,partials,data) {
    return "<h3>"
    + container.escapeExpression(container.lambda(container.strict(depth0, "heading", {"start":{"line":74,"column":21},"end":{"line":74,"column":28}} ), depth0))
    + "</h3>\n";
},"25":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var alias1=container.lambda, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"signature-line\">"
    + alias2(alias1(depth0, depth0))
    + ": "
    + alias2(alias1(container.strict(lookupProperty(depths[2],"template"), "signatureRule", {"start":{"line":75,"column":60},"end":{"line":75,"column":88}} ), depth0))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"metadata"), "language", {"start":{"line":2,"column":14},"end":{"line":2,"column":31}} ), depth0))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"author\" content=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"metadata"), "author", {"start":{"line":7,"column":31},"end":{"line":7,"column":46}} ), depth0))
    + "\">\n<meta name=\"description\" content=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"metadata"), "subject", {"start":{"line":8,"column":36},"end":{"line":8,"column":52}} ), depth0))
    + "\">\n<meta name=\"keywords\" content=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"metadata"), "keywords", {"start":{"line":9,"column":33},"end":{"line":9,"column":50}} ), depth0))
    + "\">\n<meta name=\"dcterms.created\" content=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"metadata"), "createdAt", {"start":{"line":10,"column":40},"end":{"line":10,"column":58}} ), depth0))
    + "\">\n<title>"
    + alias3(alias2(alias1(lookupProperty(depth0,"metadata"), "title", {"start":{"line":11,"column":9},"end":{"line":11,"column":23}} ), depth0))
    + "</title>\n<style>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"styles"),depth0,{"name":"styles","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"fontFaces"),{"name":"each","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "@page {\n  @top-center { content: \""
    + alias3(lookupProperty(helpers,"cssString").call(alias4,lookupProperty(depth0,"marking"),{"name":"cssString","hash":{},"data":data,"loc":{"start":{"line":18,"column":26},"end":{"line":18,"column":47}}}))
    + "\\A "
    + alias3(lookupProperty(helpers,"cssString").call(alias4,lookupProperty(depth0,"recordLine"),{"name":"cssString","hash":{},"data":data,"loc":{"start":{"line":18,"column":50},"end":{"line":18,"column":74}}}))
    + "\"; }\n  @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages) \"\\A "
    + alias3(lookupProperty(helpers,"cssString").call(alias4,lookupProperty(depth0,"marking"),{"name":"cssString","hash":{},"data":data,"loc":{"start":{"line":19,"column":76},"end":{"line":19,"column":97}}}))
    + "\"; }\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias4,lookupProperty(lookupProperty(depth0,"status"),"final"),{"name":"unless","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":11}}})) != null ? stack1 : "")
    + "}\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"template"),"accentColour"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"template"),"zoom"),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + "</style>\n</head>\n<body>\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias4,lookupProperty(lookupProperty(depth0,"status"),"final"),{"name":"unless","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":34,"column":88}}})) != null ? stack1 : "")
    + "\n<header class=\"marking screen-only\">\n<p class=\"marking-text\">"
    + alias3(alias2(alias1(depth0, "marking", {"start":{"line":36,"column":26},"end":{"line":36,"column":33}} ), depth0))
    + "</p>\n<p class=\"record-line\">"
    + alias3(alias2(alias1(depth0, "recordLine", {"start":{"line":37,"column":25},"end":{"line":37,"column":35}} ), depth0))
    + "</p>\n</header>\n<main>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"template"),"letterhead"),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":47,"column":16}}})) != null ? stack1 : "")
    + "\n<h1>"
    + alias3(alias2(alias1(depth0, "title", {"start":{"line":48,"column":6},"end":{"line":48,"column":11}} ), depth0))
    + "</h1>\n<p class=\"audience\">"
    + alias3(alias2(alias1(depth0, "audienceLabel", {"start":{"line":49,"column":22},"end":{"line":49,"column":35}} ), depth0))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"status"),"final"),{"name":"if","hash":{},"fn":container.program(10, data, 0, blockParams, depths),"inverse":container.program(11, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":50,"column":136}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"notices"),{"name":"each","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":52,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"template"),"audienceNotice"),{"name":"if","hash":{},"fn":container.program(13, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":54,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"template"),"cover"),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":57,"column":16}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"keyValues"),depth0,{"name":"keyValues","hash":{"items":lookupProperty(depth0,"summary")},"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"decisionsAtAGlance"),"length"),{"name":"if","hash":{},"fn":container.program(17, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":59,"column":0},"end":{"line":62,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(18, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":70,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"template"),"closingStatement"),{"name":"if","hash":{},"fn":container.program(21, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":0},"end":{"line":72,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"template"),"signatureBlock"),{"name":"if","hash":{},"fn":container.program(22, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":0},"end":{"line":77,"column":16}}})) != null ? stack1 : "")
    + "\n</main>\n<footer class=\"marking screen-only\">\n<p class=\"marking-text\">"
    + alias3(alias2(alias1(depth0, "marking", {"start":{"line":80,"column":26},"end":{"line":80,"column":33}} ), depth0))
    + "</p>\n</footer>\n</body>\n</html>\n";
},"usePartial":true,"useData":true,"useDepths":true},
  "styles": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "@page { size: A4; margin: 66pt 42pt 58pt 42pt; }\n@page {\n  @top-center { font-family: \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; font-size: 8pt; font-weight: bold; white-space: pre; text-align: center; }\n  @bottom-center { font-family: \"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif; font-size: 8pt; white-space: pre; text-align: center; }\n}\nhtml { font-family: \"StrategyRecordArabic\", \"DejaVu Sans\", \"Noto Sans\", \"Noto Sans SC\", \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", Arial, sans-serif; font-size: 9pt; color: #111; }\nbody { margin: 0 auto; max-width: 52rem; padding: 0 1rem; }\nh1 { font-size: 18pt; margin: 0.2em 0; }\nh2 { font-size: 13pt; margin: 1.1em 0 0.3em; break-after: avoid; }\nh3 { font-size: 10.5pt; margin: 0.8em 0 0.2em; break-after: avoid; }\np, dd, td, th { white-space: pre-line; overflow-wrap: anywhere; }\np { margin: 0 0 0.4em; }\n.audience { font-weight: bold; font-size: 10.5pt; }\n.status { color: #1b5e20; }\n.status.draft, .warning { color: #b00020; font-weight: bold; }\n.notice { font-weight: bold; color: #333; }\n.marking { text-align: center; }\n.marking-text { font-weight: bold; font-size: 10pt; margin: 0.3em 0; }\n.record-line { font-size: 7.5pt; }\n.key-values { margin: 0 0 0.5em; }\n.key-value { display: flex; gap: 0.6em; break-inside: avoid; }\n.key-value dt { flex: 0 0 33%; font-weight: bold; }\n.key-value dd { margin: 0; flex: 1; }\n.value-list { margin: 0; padding-left: 1.2em; }\ntable { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.2em 0 0.6em; font-size: 8.5pt; }\ncaption { text-align: left; font-weight: bold; }\nthead { display: table-header-group; }\ntr { break-inside: avoid; }\nth { background: #e8e8e8; text-align: left; }\nth, td { border: 0.5pt solid #9a9a9a; padding: 2pt 3pt; vertical-align: top; }\n.decision { border: 1.5pt solid #1d3557; background: #f1f5fb; padding: 6pt 8pt; margin: 0.3em 0 0.7em; break-inside: avoid; }\n.decision-child { font-weight: bold; font-size: 10.5pt; margin: 0 0 0.4em; white-space: pre-line; overflow-wrap: anywhere; }\n.decision-outcome { font-weight: bold; font-size: 13pt; }\n.decision-label { font-weight: bold; }\n.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 110pt; font-weight: bold; color: #b00020; opacity: 0.08; transform: rotate(-40deg); pointer-events: none; }\n.letterhead { display: flex; gap: 12pt; align-items: flex-start; border-bottom: 1.5pt solid #333; padding-bottom: 6pt; margin-bottom: 8pt; }\n.letterhead-text p { margin: 0; }\n.organisation { font-weight: bold; font-size: 13pt; }\n.letterhead-line { font-size: 7.5pt; }\n.audience-notice { font-weight: bold; }\n.closing { margin-top: 12pt; }\n.signature { break-inside: avoid; }\n.signature-line { margin-top: 10pt; }\n.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }\n@media print { .screen-only { display: none; } body { max-width: none; padding: 0; } }\n";
},"useData":true},
  "table": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table class=\"table-"
    + alias3(alias2(alias1(depth0, "role", {"start":{"line":1,"column":41},"end":{"line":1,"column":45}} ), depth0))
    + "\">\n<caption"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias4,lookupProperty(depth0,"showCaption"),{"name":"unless","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":8},"end":{"line":2,"column":66}}})) != null ? stack1 : "")
    + ">"
    + alias3(alias2(alias1(depth0, "caption", {"start":{"line":2,"column":69},"end":{"line":2,"column":76}} ), depth0))
    + "</caption>\n<colgroup>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"columns"),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + "</colgroup>\n<thead><tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"columns"),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":11},"end":{"line":4,"column":67}}})) != null ? stack1 : "")
    + "</tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " class=\"visually-hidden\"";
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<col style=\"width: "
    + container.escapeExpression(lookupProperty(helpers,"percent").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"weight"),lookupProperty(depths[1],"columns"),{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":3,"column":46},"end":{"line":3,"column":75}}}))
    + "%\">";
},"3":function(container,depth0,helpers,partials,data) {
    return "<th scope=\"col\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "label", {"start":{"line":4,"column":46},"end":{"line":4,"column":51}} ), depth0))
    + "</th>";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":18},"end":{"line":6,"column":58}}})) != null ? stack1 : "")
    + "</tr>\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "<td>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</td>";
},"6":function(container,depth0,helpers,partials,data) {
    return "<p>"
    + container.escapeExpression(container.lambda(container.strict(depth0, "emptyText", {"start":{"line":9,"column":13},"end":{"line":9,"column":22}} ), depth0))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rows"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.program(6, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true},
};
