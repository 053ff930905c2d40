/**
 * The questionnaire page: the form, a post with its problems pointed out and every answer
 * kept, pre-fill links.
 */
package org.formatfit.questionnaire.web;
