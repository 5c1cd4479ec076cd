/** An ACM certificate validated by DNS records that another stack creates, with the records it asks for. */
package com.haevn.modules.certificates;
