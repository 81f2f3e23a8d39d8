import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>>((props, ref) => (
  <Anchor component="a" ref={ref} {...props} />
));
MantineAnchor.displayName = 'MantineAnchor';

/**
 * A Mantine anchor that is a router link with the router's types: `to`, `params` and
 * `search` are checked against the route tree (`<Anchor component={Link}>` loses them).
 */
export const AnchorLink = createLink(MantineAnchor);
